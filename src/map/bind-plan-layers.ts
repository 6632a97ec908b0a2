import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { CatalogIndex } from '../data/catalog-index';
import type { AppState } from '../state/store';
import { flyToPoint, frame } from './camera';
import { addPlanLayers, setCarrierFlag, setZoneFlag, showPlans } from './plan-layers-on-map';
import { zoneExtents, type ZoneExtent } from './zone-extents';

type Store = UseBoundStore<StoreApi<AppState>>;

/**
 * Keeps the plan layers in step with the store: visibility, the selected zone, the industry lens and the
 * focused carrier become layout properties and feature states; the camera frames what the user asked for.
 */
export function bindPlanLayers(map: MapLibreMap, index: CatalogIndex, store: Store): () => void {
  addPlanLayers(map, index);
  let extents = new Map<string, ZoneExtent>();
  const bboxOf = (zoneId: string) => extents.get(zoneId)?.bbox;

  let lensZones: string[] = [];
  let lensCarriers: string[] = [];
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
        return coord ? [[coord[0], coord[1], coord[0], coord[1]] as [number, number, number, number]] : [];
      });
      const zoneBoxes = lensZones.flatMap((id) => {
        const box = bboxOf(id);
        return box ? [box] : [];
      });
      frame(map, [...zoneBoxes, ...carrierBoxes], { force: true, insets: store.getState().mapInsets });
    }
  };

  /** Keeps the selected zone in the part of the map left visible, e.g. when the phone's sheet rises over it. */
  const frameSelection = (state: AppState) => {
    const box = state.selectedZoneId ? bboxOf(state.selectedZoneId) : undefined;
    if (box && !state.focusedCarrierId) frame(map, [box], { insets: state.mapInsets });
  };

  const applyState = (state: AppState, previous?: AppState) => {
    if (!previous || state.hiddenPlanIds !== previous.hiddenPlanIds) showPlans(map, index, state.hiddenPlanIds);
    if (state.selectedZoneId !== previous?.selectedZoneId) {
      if (previous?.selectedZoneId) setZoneFlag(map, index, previous.selectedZoneId, 'selected', false);
      if (state.selectedZoneId) {
        setZoneFlag(map, index, state.selectedZoneId, 'selected', true);
        const box = bboxOf(state.selectedZoneId);
        if (box && previous) frame(map, [box], { insets: state.mapInsets });
      }
    } else if (previous && state.mapInsets !== previous.mapInsets) frameSelection(state);
    if (state.lensIndustryId !== previous?.lensIndustryId) applyLens(state.lensIndustryId, Boolean(previous));
    if (state.focusedCarrierId !== previous?.focusedCarrierId) {
      if (previous?.focusedCarrierId) setCarrierFlag(map, previous.focusedCarrierId, 'focused', false);
      const carrier = state.focusedCarrierId ? index.carrier(state.focusedCarrierId) : undefined;
      if (carrier) {
        setCarrierFlag(map, carrier.id, 'focused', true);
        if (carrier.coord && previous) flyToPoint(map, carrier.coord, state.mapInsets);
      }
    }
  };

  applyState(store.getState());
  let alive = true;
  zoneExtents().then(
    (loaded) => {
      if (!alive) return;
      extents = loaded;
      // A link's zone may lie outside the link's view, or under the sheet of the phone that opened it. Tours
      // (presenting, the kiosk's attract loop) frame their own steps.
      if (store.getState().mode === 'explore') frameSelection(store.getState());
    },
    (error: unknown) => console.warn('zone extents unavailable; the camera will not frame zones', error),
  );
  const unsubscribe = store.subscribe((state, previous) => applyState(state, previous));
  return () => {
    alive = false;
    unsubscribe();
  };
}
