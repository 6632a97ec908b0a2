/** The layout is drawn for 1080 px on the short side; a 4K screen (2160) gets everything twice as large. */
export const designShortSide = 1080;

export function kioskScale(width: number, height: number): number {
  const scale = Math.min(width, height) / designShortSide;
  return Math.round(Math.min(Math.max(scale, 1), 3) * 100) / 100;
}

/**
 * Keeps `--kiosk-scale` on the root in step with the screen (the kiosk CSS zooms its panels by it) and tells
 * `onScale`, which enlarges what CSS cannot reach: the map's labels.
 */
export function trackKioskScale(win: Window = window, onScale?: (scale: number) => void): () => void {
  const root = win.document.documentElement;
  const apply = () => {
    const scale = kioskScale(win.innerWidth, win.innerHeight);
    root.style.setProperty('--kiosk-scale', String(scale));
    onScale?.(scale);
  };
  apply();
  win.addEventListener('resize', apply);
  return () => {
    win.removeEventListener('resize', apply);
    root.style.removeProperty('--kiosk-scale');
  };
}
