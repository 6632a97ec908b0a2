import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { AppState } from '../state/store';
import { bindContextRecovery } from './bind-context-recovery';
import { bindFrameWatchdog } from './bind-frame-watchdog';
import { createMap } from './create-map';

type Store = UseBoundStore<StoreApi<AppState>>;
type Bind = (map: MapLibreMap, store: Store) => () => void;

/**
 * Keeps the map alive on a screen that runs for days. `cleanups` is the binding list this call belongs to
 * (bindMapToStore's): while the WebGL context is lost every other binding is ended, since the map has no
 * style to receive store changes; once the browser restores the context, or after a few seconds if it
 * does not, a new map takes the lost one's place in the same container. The view comes back from the
 * store, which kept every change made meanwhile. The list is rewritten in place so that the map view's
 * own clean-up ends whatever map is current.
 */
export function bindSelfHealing(map: MapLibreMap, store: Store, bind: Bind, cleanups: (() => void)[]): () => void {
  const endWatchdog = bindFrameWatchdog(map, { mayReload: () => store.getState().mode === 'kiosk' });
  const endRecovery = bindContextRecovery(map, {
    onLost: () => {
      for (const cleanup of cleanups.splice(0)) if (cleanup !== own) cleanup();
      cleanups.push(own);
    },
    // MapLibre rebuilds a restored map's style from a snapshot that has no feature state (selection, lens),
    // and our bindings only bind plan layers on the map's one 'load'. A fresh map, bound from the store, is
    // the one path that is complete; the restored context tells us the GPU can give us one now.
    onRestored: () => window.setTimeout(replace, 0),
    onGaveUp: () => replace(),
  });
  function replace() {
    own();
    cleanups.splice(0);
    cleanups.push(replaceMap(map, store, bind));
  }
  function own() {
    endWatchdog();
    endRecovery();
  }
  return own;
}

/** A new map in the lost one's container, where the store says the camera was; returns its clean-up. */
function replaceMap(lost: MapLibreMap, store: Store, bind: Bind): () => void {
  const container = lost.getContainer();
  try {
    lost.remove();
  } catch (error) {
    console.warn('map: removing the lost map', error);
  }
  const { locale, mapLabelScale, camera, mapStatusChanged } = store.getState();
  let map: MapLibreMap;
  try {
    map = createMap({ container, locale, labelScale: mapLabelScale, camera });
  } catch (error) {
    console.warn('map: could not be created again', error);
    mapStatusChanged('unsupported');
    return () => undefined;
  }
  window.__suzhouMap = map;
  const unbind = bind(map, store);
  map.once('load', () => mapStatusChanged('ready'));
  return () => {
    unbind();
    map.remove();
    if (window.__suzhouMap === map) delete window.__suzhouMap;
  };
}
