import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { arrowImage } from './arrow-image';
import { baseLabelLayers } from './layers/base-layers';
import { carrierSourceId } from './layers/carrier-layers';
import { catalogLayers, type CatalogLayers } from './layers/catalog-layers';
import { axisArrowImage, clickableParts, planLayerId, planOfSource, planSourceId } from './layers/plan-layers';
import type { LayerState } from './layers/plan-visibility';

const composed = new WeakMap<Catalog, CatalogLayers>();
const layersOf = (catalog: Catalog): CatalogLayers => {
  let layers = composed.get(catalog);
  if (!layers) composed.set(catalog, (layers = catalogLayers(catalog, assetUrl)));
  return layers;
};

const planOfLayer = (layer: LayerSpecification): string | undefined => ('source' in layer ? planOfSource(layer.source) : undefined);

/** Adds the layers of `group` that are wanted and missing, each in its place among those already on the map. */
function addMissing(map: MapLibreMap, group: LayerSpecification[], wanted: Set<string>, fallbackBefore?: string): void {
  for (let i = group.length - 1; i >= 0; i--) {
    const layer = group[i]!;
    const plan = planOfLayer(layer);
    if ((plan && !wanted.has(plan)) || map.getLayer(layer.id)) continue;
    const before = group.slice(i + 1).find((next) => map.getLayer(next.id))?.id ?? fallbackBefore;
    map.addLayer(layer, before);
  }
}

/**
 * Puts on the map the sources and layers of the plans in `wanted` (plus the shared zone labels and carriers),
 * shapes beneath the base labels and plan labels above them, and takes off those of every other plan: a plan
 * no one has asked for costs no request and no layer. Returns the plans whose source was added now.
 */
export function syncPlanLayers(map: MapLibreMap, index: CatalogIndex, wanted: Set<string>): string[] {
  if (!map.hasImage(axisArrowImage)) map.addImage(axisArrowImage, arrowImage(), { sdf: true });
  const { sources, shapes, labels } = layersOf(index.catalog);
  for (const layer of [...shapes, ...labels]) {
    const plan = planOfLayer(layer);
    if (plan && !wanted.has(plan) && map.getLayer(layer.id)) map.removeLayer(layer.id);
  }
  const added: string[] = [];
  for (const [id, source] of Object.entries(sources)) {
    const plan = planOfSource(id);
    if (plan && !wanted.has(plan)) {
      if (map.getSource(id)) map.removeSource(id);
    } else if (!map.getSource(id)) {
      map.addSource(id, source);
      if (plan) added.push(plan);
    }
  }
  addMissing(map, shapes, wanted, baseLabelLayers[0]!.id);
  addMissing(map, labels, wanted);
  return added;
}

export const clickableLayerIds = (index: CatalogIndex): string[] =>
  index.catalog.plans.flatMap((plan) => clickableParts.map((part) => planLayerId(plan.id, part)));

/**
 * Applies layer states, touching only what differs from the layer as it is: a new filter makes MapLibre lay
 * out the source's features again, so an unchanged one is never set.
 */
export function applyLayerStates(map: MapLibreMap, states: LayerState[]): void {
  for (const { id, visibility, filter } of states) {
    if (!map.getLayer(id)) continue;
    if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
    if (JSON.stringify(map.getFilter(id) ?? null) !== JSON.stringify(filter)) map.setFilter(id, filter);
  }
}

/** Sets one feature-state flag on a zone, if its plan is on the map (bind-plan-layers keeps the rest for later). */
export function setZoneFlag(map: MapLibreMap, index: CatalogIndex, zoneId: string, flag: string, on: boolean): void {
  const zone = index.zone(zoneId);
  const source = zone && planSourceId(zone.planId);
  if (source && map.getSource(source)) map.setFeatureState({ source, id: zoneId }, { [flag]: on });
}

export function setCarrierFlag(map: MapLibreMap, carrierId: string, flag: string, on: boolean): void {
  map.setFeatureState({ source: carrierSourceId, id: carrierId }, { [flag]: on });
}
