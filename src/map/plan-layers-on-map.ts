import type { Map as MapLibreMap } from 'maplibre-gl';
import { assetUrl } from '../config/env';
import type { CatalogIndex } from '../data/catalog-index';
import { arrowImage } from './arrow-image';
import { baseLabelLayers } from './layers/base-layers';
import { carrierSourceId } from './layers/carrier-layers';
import { catalogLayers } from './layers/catalog-layers';
import { axisArrowImage, clickableParts, planLayerId, planSourceId } from './layers/plan-layers';
import type { LayerState } from './layers/plan-visibility';

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

/** Sets one feature-state flag on a zone, wherever its plan's source is. */
export function setZoneFlag(map: MapLibreMap, index: CatalogIndex, zoneId: string, flag: string, on: boolean): void {
  const zone = index.zone(zoneId);
  if (zone) map.setFeatureState({ source: planSourceId(zone.planId), id: zoneId }, { [flag]: on });
}

export function setCarrierFlag(map: MapLibreMap, carrierId: string, flag: string, on: boolean): void {
  map.setFeatureState({ source: carrierSourceId, id: carrierId }, { [flag]: on });
}
