import type { Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import { zoneColors } from '../data/zone-colors';
import { arrowImage } from './arrow-image';
import { baseLabelLayers } from './layers/base-layers';
import { carrierLayerIds, carrierLayers, carrierSourceId, carrierSources } from './layers/carrier-layers';
import {
  axisArrowImage,
  clickableParts,
  planLayerId,
  planLabelLayers,
  planLayers,
  planSourceId,
  planSources,
  zoneLabelLayerId,
  type PlanLayerPart,
} from './layers/plan-layers';

const allParts: PlanLayerPart[] = ['fill', 'outline', 'line-casing', 'line', 'arrows', 'point', 'hit-line', 'hit-point', 'line-label'];

/** Adds the catalog's plan and carrier layers beneath the base labels. */
export function addPlanLayers(map: MapLibreMap, index: CatalogIndex): void {
  const { catalog } = index;
  if (!map.hasImage(axisArrowImage)) map.addImage(axisArrowImage, arrowImage(), { sdf: true });
  const sources = { ...planSources(catalog, assetUrl), ...carrierSources(assetUrl) };
  for (const [id, source] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, source);
  const beneath = baseLabelLayers[0]!.id;
  const carriers = carrierLayers(catalog);
  for (const layer of [...planLayers(catalog, zoneColors(catalog)), ...carriers.shapes]) {
    if (!map.getLayer(layer.id)) map.addLayer(layer, beneath);
  }
  // Labels of the plans go on top, so that where they collide with a place name the plan's name shows.
  for (const layer of [...carriers.labels, ...planLabelLayers(catalog)]) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export const clickableLayerIds = (index: CatalogIndex): string[] =>
  index.catalog.plans.flatMap((plan) => clickableParts.map((part) => planLayerId(plan.id, part)));

/** Shows only the plans not hidden, with their labels and carriers. */
export function showPlans(map: MapLibreMap, index: CatalogIndex, hiddenPlanIds: string[]): void {
  const hidden = new Set(hiddenPlanIds);
  for (const plan of index.catalog.plans) {
    const visibility = hidden.has(plan.id) ? 'none' : 'visible';
    for (const part of allParts) map.setLayoutProperty(planLayerId(plan.id, part), 'visibility', visibility);
  }
  map.setFilter(zoneLabelLayerId, [
    'all',
    ['!', ['in', ['get', 'kind'], ['literal', ['axis', 'corridor']]]],
    ['!', ['in', ['get', 'planId'], ['literal', [...hidden]]]],
  ]);
  const visibleCarriers = index.catalog.carriers
    .filter((c) => c.zoneIds.some((zoneId) => !hidden.has(index.zone(zoneId)?.planId ?? '')))
    .map((c) => c.id);
  for (const layerId of Object.values(carrierLayerIds)) {
    map.setFilter(layerId, ['in', ['get', 'id'], ['literal', visibleCarriers]]);
  }
}

/** Sets one feature-state flag on a zone, wherever its plan's source is. */
export function setZoneFlag(map: MapLibreMap, index: CatalogIndex, zoneId: string, flag: string, on: boolean): void {
  const zone = index.zone(zoneId);
  if (zone) map.setFeatureState({ source: planSourceId(zone.planId), id: zoneId }, { [flag]: on });
}

export function setCarrierFlag(map: MapLibreMap, carrierId: string, flag: string, on: boolean): void {
  map.setFeatureState({ source: carrierSourceId, id: carrierId }, { [flag]: on });
}
