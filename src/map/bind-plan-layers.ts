import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { CatalogIndex } from '../data/catalog-index';
import { hiddenPlansOf, planVisibility } from '../state/plan-visibility';
import type { AppState } from '../state/store';
import { frameBoxes, type Bbox } from './camera';
import { addPlanLayers, setCarrierFlag, setZoneFlag, showPlans } from './plan-layers-on-map';
import { zoneExtents, type ZoneExtent } from './zone-extents';

type Store = UseBoundStore<StoreApi<AppState>>;

/**
 * Keeps the plan layers in step with the store: visibility (the user's plans plus those of what is picked),
 * the selected and compared zones, the industry lens and the focused carrier become layout properties and
 * feature states; the camera frames the lens's places.
 */
export function bindPlanLayers(map: MapLibreMap, index: CatalogIndex, store: Store): () => void {
  addPlanLayers(map, index);
  let extents = new Map<string, ZoneExtent>();
  const bboxOf = (zoneId: string) => extents.get(zoneId)?.bbox;
  let lensZones: string[] = [];
  let lensCarriers: string[] = [];
  let hiddenKey: string | undefined;
  let compared: string[] = [];

  const applyLens = (industryId: string | undefined, moveCamera: boolean) => {
    for (const zone of index.catalog.zones) {
      setZoneFlag(map, index, zone.id, 'lensed', false);
      setZoneFlag(map, index, zone.id, 'dimmed', false);
    }
    for (const id of lensCarriers) setCarrierFlag(map, id, 'lensed', false);
    lensZones = industryId ? index.zonesOfIndustry(industryId).map((z) => z.id) : [];
    lensCarriers = industryId ? index.carriersOfIndustry(industryId).map((c) => c.id) : [];
    if (!industryId) return;
    const lensed = new Set(lensZones);
    for (const zone of index.catalog.zones) setZoneFlag(map, index, zone.id, lensed.has(zone.id) ? 'lensed' : 'dimmed', true);
    for (const id of lensCarriers) setCarrierFlag(map, id, 'lensed', true);
    if (moveCamera) {
      const carrierBoxes = lensCarriers.flatMap((id) => {
        const coord = index.carrier(id)?.coord;
        return coord ? [[coord[0], coord[1], coord[0], coord[1]] as Bbox] : [];
      });
      const zoneBoxes = lensZones.flatMap((id) => {
        const box = bboxOf(id);
        return box ? [box] : [];
      });
      frameBoxes(map, [...zoneBoxes, ...carrierBoxes]);
    }
  };

  /** The compared zones wear their letter's outline while the comparison is open. */
  const applyCompare = (state: AppState) => {
    const now = state.panel === 'compare' ? state.compareZoneIds : [];
    if (now.join() === compared.join()) return;
    for (const id of compared) {
      setZoneFlag(map, index, id, 'compareA', false);
      setZoneFlag(map, index, id, 'compareB', false);
    }
    now.forEach((id, i) => setZoneFlag(map, index, id, i === 0 ? 'compareA' : 'compareB', true));
    compared = now;
  };

  const applyState = (state: AppState, previous?: AppState) => {
    const hidden = hiddenPlansOf(planVisibility(state, index), index);
    if (hidden.join() !== hiddenKey) {
      hiddenKey = hidden.join();
      showPlans(map, index, hidden);
    }
    if (state.selectedZoneId !== previous?.selectedZoneId) {
      if (previous?.selectedZoneId) setZoneFlag(map, index, previous.selectedZoneId, 'selected', false);
      if (state.selectedZoneId) setZoneFlag(map, index, state.selectedZoneId, 'selected', true);
    }
    if (state.lensIndustryId !== previous?.lensIndustryId) applyLens(state.lensIndustryId, Boolean(previous));
    if (state.focusedCarrierId !== previous?.focusedCarrierId) {
      if (previous?.focusedCarrierId) setCarrierFlag(map, previous.focusedCarrierId, 'focused', false);
      if (state.focusedCarrierId && index.carrier(state.focusedCarrierId)) setCarrierFlag(map, state.focusedCarrierId, 'focused', true);
    }
    applyCompare(state);
  };

  applyState(store.getState());
  let alive = true;
  zoneExtents().then(
    (loaded) => {
      if (alive) extents = loaded;
    },
    (error: unknown) => console.warn('zone extents unavailable; the camera will not frame zones', error),
  );
  const unsubscribe = store.subscribe((state, previous) => applyState(state, previous));
  return () => {
    alive = false;
    unsubscribe();
  };
}
