import type { Map as MapLibreMap } from 'maplibre-gl';
import { catalogIndexOf } from '../state/use-catalog';
import type { Store } from '../state/store';
import { bindCamera } from './bind-camera';
import { bindDataChecks } from './bind-data-checks';
import { bindFraming } from './bind-framing';
import { bindPlanLayers } from './bind-plan-layers';
import { bindPointer } from './bind-pointer';

/** Store changes reach the map through subscriptions; returns the function that ends them all. */
export function bindMapToStore(map: MapLibreMap, store: Store): () => void {
  const cleanups: (() => void)[] = [];
  let planLayersBound = false;

  const bindPlansWhenReady = () => {
    const { catalog } = store.getState();
    if (planLayersBound || catalog.status !== 'ready' || !map.isStyleLoaded()) return;
    planLayersBound = true;
    const index = catalogIndexOf(catalog.catalog);
    cleanups.push(bindPlanLayers(map, index, store), bindFraming(map, index, store), bindPointer(map, index, store));
  };

  cleanups.push(
    bindCamera(map, store),
    bindDataChecks(map, store),
    store.subscribe((state, previous) => {
      if (state.locale !== previous.locale) map.setGlobalStateProperty('locale', state.locale);
      if (state.mapLabelScale !== previous.mapLabelScale) map.setGlobalStateProperty('labelScale', state.mapLabelScale);
      if (state.catalog !== previous.catalog) bindPlansWhenReady();
    }),
  );
  map.once('load', bindPlansWhenReady);
  return () => cleanups.forEach((cleanup) => cleanup());
}
