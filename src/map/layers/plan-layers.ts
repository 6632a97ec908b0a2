import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Catalog } from '../../data/catalog-schema';
import { fontStack } from '../../config/palette';
import { isArea, isLine, isPoint, localizedName, matchId, zoneState as s } from './zone-expressions';

/** Ids of every plan's source and layers, and of the shared zone-label layer. */
export const planSourceId = (planId: string) => `plan:${planId}`;
export const planLayerId = (planId: string, part: PlanLayerPart) => `plan:${planId}:${part}`;
export type PlanLayerPart = 'fill' | 'outline' | 'line-casing' | 'line' | 'arrows' | 'point' | 'hit-line' | 'hit-point';
export const zoneLabelSourceId = 'zone-labels';
export const zoneLabelLayerId = 'zone-labels';

/** The layers a click or tap can hit, per plan: fills and the wide invisible line and point targets. */
export const clickableParts: PlanLayerPart[] = ['fill', 'hit-line', 'hit-point'];

/** Name of the arrow image drawn along axes; the map bindings supply it on demand. */
export const axisArrowImage = 'axis-arrow';

export function planSources(catalog: Catalog, url: (path: string) => string): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [zoneLabelSourceId]: { type: 'geojson', data: url('geojson/zone-labels.geojson') },
  };
  for (const plan of catalog.plans) {
    sources[planSourceId(plan.id)] = { type: 'geojson', data: url(`geojson/${plan.id}.geojson`), promoteId: 'id' };
  }
  return sources;
}

const fillOpacity: ExpressionSpecification = [
  'case',
  s.dimmed, 0.03,
  s.selected, 0.42,
  s.lensed, 0.38,
  s.hover, 0.3,
  ['match', ['get', 'kind'], ['ring', 'belt', 'corridor'], 0.24, 'park', 0.34, 0.13],
];

const strokeWidth = (base: number, emphasised: number): ExpressionSpecification => [
  'case',
  ['any', s.selected, s.lensed], emphasised,
  s.hover, (base + emphasised) / 2,
  base,
];

const dimmedOpacity: ExpressionSpecification = ['case', s.dimmed, 0.15, 1];

/** Drawing order across plans: areas, then their outlines, then corridors, then points, then hit targets. */
const drawOrder: PlanLayerPart[] = ['fill', 'outline', 'line-casing', 'line', 'arrows', 'point', 'hit-line', 'hit-point'];

function planLayer(planId: string, part: PlanLayerPart, color: ExpressionSpecification): LayerSpecification {
  const id = planLayerId(planId, part);
  const source = planSourceId(planId);
  switch (part) {
    case 'fill':
      return { id, source, type: 'fill', filter: isArea, paint: { 'fill-color': color, 'fill-opacity': fillOpacity } };
    case 'outline':
      return {
        id, source, type: 'line', filter: isArea,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': color, 'line-width': strokeWidth(1.2, 3), 'line-opacity': dimmedOpacity },
      };
    case 'line-casing':
      return {
        id, source, type: 'line', filter: isLine,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': strokeWidth(9, 13), 'line-opacity': ['case', s.dimmed, 0.1, 0.85] },
      };
    case 'line':
      return {
        id, source, type: 'line', filter: isLine,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': color, 'line-width': strokeWidth(5, 8), 'line-opacity': dimmedOpacity },
      };
    case 'arrows':
      return {
        id, source, type: 'symbol', filter: isLine,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 140,
          'icon-image': axisArrowImage,
          'icon-size': 0.8,
          'icon-allow-overlap': true,
          'icon-rotation-alignment': 'map',
        },
        paint: { 'icon-color': color, 'icon-opacity': dimmedOpacity },
      };
    case 'point':
      return {
        id, source, type: 'circle', filter: isPoint,
        paint: {
          'circle-color': color,
          'circle-radius': ['case', ['any', s.selected, s.lensed], 10, s.hover, 8.5, 7],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
          'circle-opacity': dimmedOpacity,
          'circle-stroke-opacity': dimmedOpacity,
        },
      };
    case 'hit-line':
      // Thin axes are hard to tap: a 28 px invisible band (14 px each side) catches clicks and touches.
      return { id, source, type: 'line', filter: isLine, paint: { 'line-color': '#000000', 'line-width': 28, 'line-opacity': 0 } };
    case 'hit-point':
      return { id, source, type: 'circle', filter: isPoint, paint: { 'circle-radius': 22, 'circle-opacity': 0 } };
  }
}

/** Every plan's layers, interleaved by drawing order, then the zone labels. */
export function planLayers(catalog: Catalog, colors: Map<string, string>): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  for (const part of drawOrder) {
    for (const plan of catalog.plans) {
      const planColors = new Map(catalog.zones.filter((z) => z.planId === plan.id).map((z) => [z.id, colors.get(z.id) ?? '#555555']));
      layers.push(planLayer(plan.id, part, matchId(planColors, '#555555')));
    }
  }
  layers.push({
    id: zoneLabelLayerId,
    type: 'symbol',
    source: zoneLabelSourceId,
    layout: {
      'text-field': localizedName(new Map(catalog.zones.map((z) => [z.id, z.name]))),
      'text-font': fontStack,
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'kind'], 'park', 10, 12], 12, 15],
      'text-max-width': 7,
      'text-padding': 6,
      'text-optional': true,
      'symbol-sort-key': ['match', ['get', 'kind'], ['ring', 'axis'], 0, ['belt', 'area', 'county'], 1, 2],
    },
    paint: {
      'text-color': '#2b2620',
      'text-halo-color': 'rgba(251,250,246,0.92)',
      'text-halo-width': 1.6,
    },
  });
  return layers;
}
