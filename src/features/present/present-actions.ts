import { useAppStore } from '../../state/store';
import { replaceSearch, withoutPresentParams } from '../../state/url';
import { currentSearch } from '../../state/address-bar';

/** Whether the full screen we are in is one presentation mode asked for (and so may leave). */
let ownFullscreen = false;

/** True once when the full screen presentation mode asked for has ended (Esc, F11, the browser's own bar). */
export function ownFullscreenEnded(): boolean {
  if (!ownFullscreen || document.fullscreenElement) return false;
  ownFullscreen = false;
  return true;
}

/**
 * Enters presentation mode. Full screen is asked for only from a user gesture (browsers refuse it
 * otherwise); a refusal is harmless: the presentation simply runs in the window.
 */
export function presentationEntered(tourId?: string, step = 0, { fullscreen = false, keepLens = false } = {}): void {
  const store = useAppStore.getState();
  // A tour of the lens's places keeps the lens: its places stay lit, everything else dimmed.
  if (!keepLens) store.lensCleared();
  store.modeEntered('present');
  if (tourId) store.tourStarted(tourId, step);
  if (fullscreen && !document.fullscreenElement && document.documentElement.requestFullscreen) {
    document.documentElement.requestFullscreen().then(
      () => (ownFullscreen = true),
      () => (ownFullscreen = false),
    );
  }
}

/** Back to exploring: the zone on screen stays selected, so the planner can go on from the same place. */
export function presentationLeft(): void {
  const store = useAppStore.getState();
  if (store.mode !== 'present') return;
  store.modeEntered('explore');
  store.tourEnded();
  replaceSearch(withoutPresentParams(currentSearch()));
  if (ownFullscreen && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  ownFullscreen = false;
}
