/**
 * The address bar is written a frame after a change of view (src/app/url-sync.ts), so that what a click
 * shows is painted first. Whoever reads the address bar to share or extend the view (an export's QR code, a
 * brief's link, the presentation's step) reads it with `currentSearch()`, which makes a waiting write first.
 */
let writeWaiting: (() => void) | undefined;

/** Set by url-sync while a write waits for the next frame; cleared when it is made. */
export function setWaitingWrite(write: (() => void) | undefined): void {
  writeWaiting = write;
}

/** The query of the view on screen, as the address bar has it once any waiting write is made. */
export function currentSearch(win: Window = window): string {
  writeWaiting?.();
  return win.location.search;
}
