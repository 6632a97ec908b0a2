/**
 * Timings of the unattended exhibition kiosk (`?mode=kiosk`). A link may shorten them for testing or a
 * particular hall: `idle`, `countdown` and `attract` in seconds (see features/kiosk/kiosk-params.ts).
 */
export const kioskDefaults = {
  /** No touch for this long → the "keep exploring?" countdown. */
  idleMs: 60_000,
  /** How long the countdown runs before the kiosk returns to its start. */
  countdownMs: 10_000,
  /** One step of the attract loop (it plays the tours data/tours.yaml marks `attract`). */
  attractStepMs: 8_000,
  /** A render error shows its message this long, then the kiosk starts over by itself. */
  errorRestartMs: 5_000,
} as const;

/**
 * Type for a passer-by reading from 1.5 m, in CSS pixels on a screen whose short side is 1080 px; the kiosk
 * scales everything with the screen's short side, so a 4K screen gets twice these whatever its device scale.
 * The map's labels are sized from `mapLabelPx`; the kiosk's stylesheets keep to the others, and the browser
 * tests (tests/e2e/kiosk-visitor.test.ts) measure all three on screen.
 */
export const kioskType = {
  /** The smallest text on the kiosk's panels. */
  bodyPx: 24,
  /** The title and the card's heading. */
  headingPx: 40,
  /** The smallest map label. */
  mapLabelPx: 18,
} as const;

/** Limits that keep a mistyped link from making the kiosk unusable (a 0 s idle would reset every frame). */
export const kioskLimits = {
  minSeconds: 0.05,
  maxSeconds: 24 * 60 * 60,
} as const;

/** How the map heals itself (in every mode; the reload only in kiosk mode, where nobody would press F5). */
export const mapHealth = {
  /** A lost WebGL context not given back by the browser within this long → a new map replaces it. */
  contextRestoreMs: 5_000,
  /** How often the watchdog asks the map for a frame while the page is visible. */
  frameProbeMs: 15_000,
  /** A frame asked for and not drawn within this long → the kiosk reloads. */
  frameStallMs: 60_000,
} as const;
