import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../data/catalog-schema';
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
  /** The catalog the plan bindings were made with: the first view's index, then with the links across plans in. */
  let boundTo: Catalog | undefined;
  let unbindPlans: (() => void) | undefined;
  /**
   * Set at the map's `load`. Not `map.isStyleLoaded()`: that is false whenever a source is still loading, and
   * a catalog arriving then would never be bound.
   */
  let styleLoaded = false;

  const bindPlansWhenReady = () => {
    const { catalog } = store.getState();
    if (catalog.status !== 'ready' || catalog.catalog === boundTo || !styleLoaded) return;
    const first = boundTo === undefined;
    boundTo = catalog.catalog;
    unbindPlans?.();
    const index = catalogIndexOf(catalog.catalog);
    // Bound again when the links across plans join the first view's index; a link's picks arrive with it.
    const unbinds = [bindPlanLayers(map, index, store, { frameOnBind: !catalog.partial }), bindPointer(map, index, store)];
    unbindPlans = () => unbinds.forEach((unbind) => unbind());
    if (!first) return;
    // Framing requests outlive the catalog's arrival, so framing is bound once, reading the latest index.
    cleanups.push(bindFraming(map, () => catalogIndexOf(boundTo!), store));
    map.once('idle', () => store.getState().firstViewShown());
  };

  cleanups.push(
    bindCamera(map, store),
    bindDataChecks(map, store),
    store.subscribe((state, previous) => {
      if (state.locale !== previous.locale) map.setGlobalStateProperty('locale', state.locale);
      if (state.mapLabelScale !== previous.mapLabelScale) map.setGlobalStateProperty('labelScale', state.mapLabelScale);
      if (state.catalog !== previous.catalog) bindPlansWhenReady();
    }),
    () => unbindPlans?.(),
  );
  map.once('load', () => {
    styleLoaded = true;
    bindPlansWhenReady();
  });
  return () => cleanups.forEach((cleanup) => cleanup());
}
