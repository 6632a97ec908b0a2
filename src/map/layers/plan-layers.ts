import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { compareColors, fontStack, mapMarks } from '../../config/design-tokens';
import { localizedLabel, zoomedLabelSize } from './label-text';
import { isArea, isLine, isPoint, zoneState as s } from './zone-expressions';

/**
 * Every plan's zones are drawn from one source, `plans`, by one set of layers whose filters choose the plans
 * shown: a plan's features join the source when it is first shown (see plan-features.ts), each carrying its
 * `planId`, and switching plans on and off changes filters, never the style.
 */
export const plansSourceId = 'plans';
export type PlanLayerPart =
  | 'fill'
  | 'outline'
  | 'line-casing'
  | 'line'
  | 'arrows'
  | 'point'
  | 'hit-line'
  | 'hit-point'
  | 'line-label';
export const planLayerId = (part: PlanLayerPart) => `plans-${part}`;
export const zoneLabelSourceId = 'zone-labels';
export const zoneLabelLayerId = 'zone-labels';
/** A plan's own GeoJSON file, under public/. */
export const planFilePath = (planId: string) => `geojson/${planId}.geojson`;

/** The layers a click or tap can hit: fills and the wide invisible line and point targets. */
export const clickableParts: PlanLayerPart[] = ['fill', 'hit-line', 'hit-point'];
/** The layers that draw a zone's shape where a person can see it. */
export const drawnParts: PlanLayerPart[] = ['fill', 'line', 'point'];

/** Name of the arrow image drawn along axes; the map bindings supply it on demand. */
export const axisArrowImage = 'axis-arrow';

/** The zone labels' file, and the plans' source, empty until a plan is shown. */
export function planSources(url: (path: string) => string): Record<string, SourceSpecification> {
  return {
    [zoneLabelSourceId]: { type: 'geojson', data: url('geojson/zone-labels.geojson') },
    [plansSourceId]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
  };
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
  ['any', s.compareA, s.compareB], emphasised + 1.5,
  ['any', s.selected, s.lensed], emphasised,
  s.hover, (base + emphasised) / 2,
  base,
];

const dimmedOpacity: ExpressionSpecification = ['case', s.dimmed, 0.15, 1];

/** The zone's own colour, or its comparison letter's, so A and B read apart on the map as in the panel. */
const strokeColor = (color: ExpressionSpecification): ExpressionSpecification => [
  'case',
  s.compareA, compareColors.a,
  s.compareB, compareColors.b,
  color,
];

/** Which features each part draws, of the plans shown (plan-visibility.ts adds which those are). */
export const partFilters: Record<PlanLayerPart, ExpressionSpecification> = {
  fill: isArea,
  outline: isArea,
  'line-casing': isLine,
  line: isLine,
  arrows: isLine,
  point: isPoint,
  'hit-line': isLine,
  'hit-point': isPoint,
  'line-label': isLine,
};
export const planParts = Object.keys(partFilters) as PlanLayerPart[];

/**
 * Drawing order: areas, then their outlines, then corridors, then points, then hit targets; within a layer the
 * plans lie in catalog order, the order of their features in the source.
 */
const drawOrder: ShapePart[] = ['fill', 'outline', 'line-casing', 'line', 'arrows', 'point', 'hit-line', 'hit-point'];

type ShapePart = Exclude<PlanLayerPart, 'line-label'>;

function planLayer(part: ShapePart, color: ExpressionSpecification): LayerSpecification {
  const id = planLayerId(part);
  const source = plansSourceId;
  switch (part) {
    case 'fill':
      return { id, source, type: 'fill', filter: partFilters[part], paint: { 'fill-color': color, 'fill-opacity': fillOpacity } };
    case 'outline':
      return {
        id, source, type: 'line', filter: partFilters[part],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': strokeColor(color), 'line-width': strokeWidth(1.2, 3), 'line-opacity': dimmedOpacity },
      };
    case 'line-casing':
      return {
        id, source, type: 'line', filter: partFilters[part],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': mapMarks.casing, 'line-width': strokeWidth(9, 13), 'line-opacity': ['case', s.dimmed, 0.1, 0.85] },
      };
    case 'line':
      return {
        id, source, type: 'line', filter: partFilters[part],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': strokeColor(color), 'line-width': strokeWidth(5, 8), 'line-opacity': dimmedOpacity },
      };
    case 'arrows':
      return {
        id, source, type: 'symbol', filter: partFilters[part],
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
        id, source, type: 'circle', filter: partFilters[part],
        paint: {
          'circle-color': color,
          'circle-radius': ['case', ['any', s.selected, s.lensed], 10, s.hover, 8.5, 7],
          'circle-stroke-color': ['case', ['any', s.compareA, s.compareB], strokeColor(color), mapMarks.casing],
          'circle-stroke-width': ['case', ['any', s.compareA, s.compareB], 4, 2],
          'circle-opacity': dimmedOpacity,
          'circle-stroke-opacity': dimmedOpacity,
        },
      };
    case 'hit-line':
      // Thin axes are hard to tap: a 28 px invisible band (14 px each side) catches clicks and touches.
      return { id, source, type: 'line', filter: partFilters[part], paint: { 'line-color': mapMarks.hitArea, 'line-width': 28, 'line-opacity': 0 } };
    case 'hit-point':
      return { id, source, type: 'circle', filter: partFilters[part], paint: { 'circle-radius': 22, 'circle-opacity': 0 } };
  }
}

/**
 * A zone's colour key, stamped on its feature when its plan joins the source (plan-features.ts): one small
 * expression, where a `match` over every zone id would grow each plan layer with the number of zones.
 */
export const zoneColorProperty = 'color';
const zoneColor: ExpressionSpecification = ['to-color', ['get', zoneColorProperty], mapMarks.unknownZone];

/** Every plan's shapes, one layer a part, so no plan's areas cover another's corridors; each zone in its colour. */
export function planLayers(): LayerSpecification[] {
  return drawOrder.map((part) => planLayer(part, zoneColor));
}

const labelPaint = {
  'text-color': mapMarks.zoneLabel,
  'text-halo-color': 'rgba(251,250,246,0.92)',
  'text-halo-width': 1.6,
} as const;

/**
 * Zones named at their label point: not axes (named along their line) and not county zones, whose name is
 * the county's own and already on the base map.
 */
export const labelledAtPoint: ExpressionSpecification = ['!', ['in', ['get', 'kind'], ['literal', ['axis', 'corridor', 'county']]]];

/**
 * Plan labels, drawn above the base map's place names so that where they collide the plan wins: axes are
 * named along their line, every other zone at its label point.
 */
export function planLabelLayers(): LayerSpecification[] {
  // The names are on the features (the plans' files and zone-labels.geojson), so the style is the same size at
  // any number of zones, and a new filter re-sends nothing that grows with them.
  const names = localizedLabel('label', 'label_en');
  const lineLabel: LayerSpecification = {
    id: planLayerId('line-label'),
    type: 'symbol',
    source: plansSourceId,
    filter: partFilters['line-label'],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 400,
      'text-field': names,
      'text-font': fontStack,
      'text-size': zoomedLabelSize([8, 12], [12, 15]),
      'text-offset': [0, -1.1],
      'text-letter-spacing': 0.05,
    },
    paint: labelPaint,
  };
  return [
    lineLabel,
    {
      id: zoneLabelLayerId,
      type: 'symbol',
      source: zoneLabelSourceId,
      filter: labelledAtPoint,
      layout: {
        'text-field': names,
        'text-font': fontStack,
        'text-size': zoomedLabelSize([8, ['match', ['get', 'kind'], 'park', 10, 12]], [12, 15]),
        'text-max-width': 7,
        'text-padding': 6,
        // A zone drawn as a dot is named below it, so the name never hides the dot it names.
        'text-anchor': ['case', ['boolean', ['get', 'dot'], false], 'top', 'center'],
        'text-offset': ['case', ['boolean', ['get', 'dot'], false], ['literal', [0, 0.9]], ['literal', [0, 0]]],
        'symbol-sort-key': ['match', ['get', 'kind'], ['ring', 'belt'], 0, ['area', 'county'], 1, 2],
      },
      paint: labelPaint,
    },
  ];
}
