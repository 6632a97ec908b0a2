import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapHealth } from '../config/kiosk';

export interface FrameWatchdogOptions {
  probeMs?: number;
  stallMs?: number;
  /** Whether a stall may reload the page (kiosk mode); otherwise it is only reported. */
  mayReload: () => boolean;
  reload?: () => void;
}

/**
 * The last line of self-healing for a screen that runs for days: while the page is visible and the map has
 * drawn nothing since the last probe, it asks the map for a frame, and if a frame asked for is not drawn for
 * `stallMs` (a hung GPU process, a context that never came back), the page reloads. A map in use draws on its
 * own and is never asked for an extra frame. Hidden pages are left alone: browsers pause their frames.
 */
export function bindFrameWatchdog(map: MapLibreMap, options: FrameWatchdogOptions): () => void {
  const { probeMs = mapHealth.frameProbeMs, stallMs = mapHealth.frameStallMs, mayReload } = options;
  const reload = options.reload ?? (() => window.location.reload());
  let askedAt: number | undefined;
  let reported = false;
  let drewSinceProbe = false;
  const onFrame = () => {
    askedAt = undefined;
    reported = false;
    drewSinceProbe = true;
  };
  const timer = window.setInterval(() => {
    if (document.visibilityState !== 'visible') {
      askedAt = undefined;
      return;
    }
    const now = performance.now();
    if (drewSinceProbe) {
      drewSinceProbe = false;
      return;
    }
    if (askedAt === undefined) {
      askedAt = now;
      map.triggerRepaint();
      return;
    }
    if (now - askedAt < stallMs || reported) return;
    reported = true;
    console.warn(`map drew no frame for ${Math.round((now - askedAt) / 1000)} s`);
    if (mayReload()) reload();
  }, probeMs);
  map.on('render', onFrame);
  return () => {
    window.clearInterval(timer);
    map.off('render', onFrame);
  };
}
