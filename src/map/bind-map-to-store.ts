import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../data/catalog-schema';
import { catalogIndexOf } from '../state/use-catalog';
import type { Store } from '../state/store';
import { bindCamera } from './bind-camera';
import { bindDataChecks } from './bind-data-checks';
import { bindFraming } from './bind-framing';
import { bindPlanLayers } from './bind-plan-layers';
import { bindPointer } from './bind-pointer';
import { plansJoined } from './plan-source';

/** Store changes reach the map through subscriptions; returns the function that ends them all. */
export function bindMapToStore(map: MapLibreMap, store: Store): () => void {
  const cleanups: (() => void)[] = [];
  /** Whether the map was made on a camera of its own (a link's view, or the view kept when a lost map is replaced). */
  const linkHasView = store.getState().camera !== undefined;
  /** The catalog the plan bindings were made with: the first view's index, then with the links across plans in. */
  let boundTo: Catalog | undefined;
  let unbindPlans: (() => void) | undefined;
  /**
   * Set at the style's `style.load`: layers can be added from then on, so the shown plans' files are fetched
   * beside the base map's data. Not the map's `load`, which waits for the base map's data and a first full
   * frame; not `map.isStyleLoaded()`, which is false whenever a source is still loading, so a catalog arriving
   * then would never be bound.
   */
  let styleLoaded = false;
  /** Cleared when the bindings end (the map's context lost, the map removed). */
  let bound = true;

  const bindPlansWhenReady = () => {
    const { catalog } = store.getState();
    if (catalog.status !== 'ready' || catalog.catalog === boundTo || !styleLoaded) return;
    const first = boundTo === undefined;
    boundTo = catalog.catalog;
    unbindPlans?.();
    const index = catalogIndexOf(catalog.catalog);
    // Bound again when the links across plans join the first view's index; a link's picks arrive with it.
    const unbinds = [bindPlanLayers(map, index, store, { frameOnBind: !catalog.partial, linkHasView }), bindPointer(map, index, store)];
    unbindPlans = () => unbinds.forEach((unbind) => unbind());
    if (!first) return;
    // Framing requests outlive the catalog's arrival, so framing is bound once.
    cleanups.push(bindFraming(map, store));
    // Drawn: the first idle once the shown plans are in their source (their files may come after the base map).
    const firstIdle = () => store.getState().firstViewShown();
    void plansJoined(map).then(() => bound && map.once('idle', firstIdle));
    cleanups.push(() => map.off('idle', firstIdle));
  };
  const onStyleLoad = () => {
    styleLoaded = true;
    bindPlansWhenReady();
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
    // A map whose context is lost before its style has loaded must not bind plans when a restored style loads.
    () => map.off('style.load', onStyleLoad),
    () => (bound = false),
  );
  map.once('style.load', onStyleLoad);
  return () => cleanups.forEach((cleanup) => cleanup());
}
