import type { Map as MapLibreMap } from 'maplibre-gl';
import { mapHealth } from '../config/kiosk';

export interface ContextRecoveryHandlers {
  /** The context is gone: nothing may touch the map until it is back. */
  onLost: () => void;
  /** The browser gave the context back and MapLibre rebuilt its style. */
  onRestored: () => void;
  /** The context did not come back in time. */
  onGaveUp: () => void;
}

/**
 * Watches the map's WebGL context. MapLibre rebuilds its style when the browser restores a lost context; a
 * context the browser does not give back within `restoreMs` is given up on, so a new map can take over.
 */
export function bindContextRecovery(
  map: MapLibreMap,
  handlers: ContextRecoveryHandlers,
  restoreMs: number = mapHealth.contextRestoreMs,
): () => void {
  let timer: number | undefined;
  const onLost = () => {
    console.warn('map: WebGL context lost');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      handlers.onGaveUp();
    }, restoreMs);
    handlers.onLost();
  };
  const onRestored = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    handlers.onRestored();
  };
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onRestored);
  return () => {
    window.clearTimeout(timer);
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', onRestored);
  };
}
