import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { arrowImage } from './arrow-image';
import { baseLabelLayers } from './layers/base-layers';
import { catalogLayers, type CatalogLayers } from './layers/catalog-layers';
import { axisArrowImage, clickableParts, planLayerId, plansSourceId } from './layers/plan-layers';
import type { LayerState } from './layers/plan-visibility';
import { loadPlanFeatures } from './plan-source';

const composed = new WeakMap<Catalog, CatalogLayers>();
const layersOf = (catalog: Catalog): CatalogLayers => {
  let layers = composed.get(catalog);
  if (!layers) composed.set(catalog, (layers = catalogLayers(catalog, assetUrl)));
  return layers;
};

/** Adds the layers of `group` that are missing, each in its place among those already on the map. */
function addMissing(map: MapLibreMap, group: LayerSpecification[], fallbackBefore?: string): void {
  for (let i = group.length - 1; i >= 0; i--) {
    const layer = group[i]!;
    if (map.getLayer(layer.id)) continue;
    const before = group.slice(i + 1).find((next) => map.getLayer(next.id))?.id ?? fallbackBefore;
    map.addLayer(layer, before);
  }
}

/**
 * Puts on the map the catalog's sources and its one set of plan layers (plus the shared zone labels and
 * carriers), shapes beneath the base labels and plan labels above them, each with its filter and visibility
 * from `states` (`planLayerStates`), and has the features of the plans in `wanted` fetched and joined into the
 * plans' source: a plan no one has asked for costs no request, and no plan costs a layer of its own.
 */
export function syncPlanLayers(map: MapLibreMap, index: CatalogIndex, wanted: Iterable<string>, states: LayerState[] = []): void {
  if (!map.hasImage(axisArrowImage)) map.addImage(axisArrowImage, arrowImage(), { sdf: true });
  const { sources, shapes, labels } = layersOf(index.catalog);
  for (const [id, source] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, source);
  // A layer is added with its filter and visibility: added bare and filtered after, it would be laid out twice,
  // the first time with every plan's labels and carriers.
  const stateOf = new Map(states.map((state) => [state.id, state]));
  const withState = (layer: LayerSpecification): LayerSpecification => {
    const state = stateOf.get(layer.id);
    if (!state) return layer;
    const withPaint = state.paint ? { paint: { ...layer.paint, ...state.paint } } : {};
    return { ...layer, filter: state.filter, layout: { ...layer.layout, visibility: state.visibility }, ...withPaint } as LayerSpecification;
  };
  addMissing(map, shapes.map(withState), baseLabelLayers[0]!.id);
  addMissing(map, labels.map(withState));
  loadPlanFeatures(map, index, wanted);
}

export const clickableLayerIds: string[] = clickableParts.map(planLayerId);

/** Per map, the layer states held back while the map is below the layer's `minzoom` (see applyLayerStates). */
const heldStates = new WeakMap<MapLibreMap, Map<string, LayerState>>();

function heldOn(map: MapLibreMap): Map<string, LayerState> {
  let held = heldStates.get(map);
  if (!held) {
    const created = new Map<string, LayerState>();
    heldStates.set(map, (held = created));
    // Applied as the camera comes within the layer's zooms, before the frame that lays out its tiles there.
    map.on('zoom', () => {
      if (created.size) applyLayerStates(map, [...created.values()]);
    });
  }
  return held;
}

/**
 * Applies layer states, touching only what differs from the layer as it is: a new filter (or a paint that reads
 * the features) makes MapLibre lay out the source's features again, so an unchanged one is never set. A layer
 * the map is zoomed out beyond (the carriers' dots below zoom 9) draws nothing, so its state waits until the
 * map zooms in to it: a lens over the whole city does not have the carriers' tiles laid out for nothing.
 */
export function applyLayerStates(map: MapLibreMap, states: LayerState[]): void {
  const held = heldOn(map);
  for (const state of states) {
    const layer = map.getLayer(state.id);
    if (!layer) continue;
    if (map.getZoom() < (layer.minzoom ?? 0)) {
      held.set(state.id, state);
      continue;
    }
    held.delete(state.id);
    const { id, visibility, filter, paint = {} } = state;
    if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
    if (JSON.stringify(map.getFilter(id) ?? null) !== JSON.stringify(filter)) map.setFilter(id, filter);
    for (const name of Object.keys(paint) as (keyof typeof paint)[]) {
      if (JSON.stringify(map.getPaintProperty(id, name)) !== JSON.stringify(paint[name])) map.setPaintProperty(id, name, paint[name]);
    }
  }
}

/**
 * Sets one feature-state flag on a zone. Every plan's zones share one source, present from the first sync, so
 * a flag can be set before the zone's plan has arrived: MapLibre keeps it and draws it when the zone does.
 */
export function setZoneFlag(map: MapLibreMap, zoneId: string, flag: string, on: boolean): void {
  if (map.getSource(plansSourceId)) map.setFeatureState({ source: plansSourceId, id: zoneId }, { [flag]: on });
}
