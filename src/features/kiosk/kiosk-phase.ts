/**
 * The kiosk's cycle. `attract`: nobody there, a tour runs under a "touch to explore" invitation.
 * `explore`: a visitor is using the app. `countdown`: the visitor seems gone; a countdown offers to go on.
 */
export type KioskPhase = 'attract' | 'explore' | 'countdown';

export type KioskEvent =
  /** Any touch, click, key or wheel. */
  | 'input'
  /** The idle period passed without input. */
  | 'idle'
  /** The countdown reached zero: the app has been reset. */
  | 'reset';

/** Pure, so the whole cycle is tested without timers or a DOM. */
export function nextPhase(phase: KioskPhase, event: KioskEvent): KioskPhase {
  switch (event) {
    case 'input':
      return 'explore';
    case 'idle':
      return phase === 'explore' ? 'countdown' : phase;
    case 'reset':
      return 'attract';
  }
}
