import type { CircleLayerSpecification, ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { fontStack, mapMarks } from '../../config/design-tokens';
import { localizedLabel, scaledSize } from './label-text';

/** Named carriers (parks, platforms, hubs …) as small symbols that stay legible where they crowd. */
export const carrierSourceId = 'carriers';
export type CirclePaint = NonNullable<CircleLayerSpecification['paint']>;
export const carrierLayerIds = { halo: 'carriers-focus', dot: 'carriers-dot', label: 'carriers-label' } as const;

export const carrierSources = (url: (path: string) => string): Record<string, SourceSpecification> => ({
  [carrierSourceId]: { type: 'geojson', data: url('geojson/carriers.geojson'), promoteId: 'id' },
});

/**
 * The ring around the carrier the user asked to locate. Its filter names that carrier alone (`planLayerStates`),
 * so it lays out one point, not every carrier drawn.
 */
const focusRing: LayerSpecification = {
  id: carrierLayerIds.halo,
  type: 'circle',
  source: carrierSourceId,
  filter: false,
  paint: {
    'circle-radius': 16,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': mapMarks.carrierLensed,
    'circle-stroke-width': 3,
  },
};

/**
 * A carrier dot's size and colour; `lensed` says which carriers the lens lights (one of its industries), or is
 * false without a lens. It is an expression over the carriers' own properties, not a feature state: a source
 * with any feature state has each of its tiles decoded again on the main thread whenever the tile is laid out
 * anew, which for the carriers (thousands of points, names and all, at 40 plans) is every lens pick and clear.
 */
export function carrierDotPaint(lensed: ExpressionSpecification | false): CirclePaint {
  const lit = <T>(on: T, off: T) => (lensed === false ? off : ['case', lensed, on, off]);
  return {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, lit(6, 3), 13, lit(8, 5.5)],
    'circle-color': lit(mapMarks.carrierLensed, mapMarks.carrier),
  } as CirclePaint;
}

const dots: LayerSpecification = {
  id: carrierLayerIds.dot,
  type: 'circle',
  source: carrierSourceId,
  minzoom: 9,
  paint: { ...carrierDotPaint(false), 'circle-stroke-color': mapMarks.casing, 'circle-stroke-width': 1.5 },
};

/** The focus ring and dots (drawn with the plan shapes) and the labels (drawn with the plan labels). */
export function carrierLayers(): { shapes: LayerSpecification[]; labels: LayerSpecification[] } {
  const label: LayerSpecification = {
    id: carrierLayerIds.label,
    type: 'symbol',
    source: carrierSourceId,
    minzoom: 11,
    layout: {
      // The names are on the features (carriers.geojson), so the style is the same size at any number of carriers.
      'text-field': localizedLabel('label', 'label_en'),
      'text-font': fontStack,
      'text-size': scaledSize(11),
      'text-anchor': 'left',
      'text-offset': [0.8, 0],
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': mapMarks.carrier, 'text-halo-color': 'rgba(251,250,246,0.95)', 'text-halo-width': 1.4 },
  };
  return { shapes: [focusRing, dots], labels: [label] };
}
