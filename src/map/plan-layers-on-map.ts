import type { Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import { arrowImage } from './arrow-image';
import { baseLabelLayers } from './layers/base-layers';
import { carrierLayerIds, carrierSourceId } from './layers/carrier-layers';
import { catalogLayers } from './layers/catalog-layers';
import {
  axisArrowImage,
  clickableParts,
  labelledAtPoint,
  planLayerId,
  planSourceId,
  zoneLabelLayerId,
  type PlanLayerPart,
} from './layers/plan-layers';

const allParts: PlanLayerPart[] = ['fill', 'outline', 'line-casing', 'line', 'arrows', 'point', 'hit-line', 'hit-point', 'line-label'];

/** Adds the catalog's sources and layers: shapes beneath the base labels, plan labels above them. */
export function addPlanLayers(map: MapLibreMap, index: CatalogIndex): void {
  if (!map.hasImage(axisArrowImage)) map.addImage(axisArrowImage, arrowImage(), { sdf: true });
  const { sources, shapes, labels } = catalogLayers(index.catalog, assetUrl);
  for (const [id, source] of Object.entries(sources)) if (!map.getSource(id)) map.addSource(id, source);
  const beneath = baseLabelLayers[0]!.id;
  for (const layer of shapes) if (!map.getLayer(layer.id)) map.addLayer(layer, beneath);
  for (const layer of labels) if (!map.getLayer(layer.id)) map.addLayer(layer);
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
    labelledAtPoint,
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
