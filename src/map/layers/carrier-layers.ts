import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { fontStack, mapMarks } from '../../config/design-tokens';
import { localizedLabel, scaledSize } from './label-text';

/** Named carriers (parks, platforms, hubs …) as small symbols that stay legible where they crowd. */
export const carrierSourceId = 'carriers';
export const carrierLayerIds = { halo: 'carriers-focus', dot: 'carriers-dot', label: 'carriers-label' } as const;

export const carrierSources = (url: (path: string) => string): Record<string, SourceSpecification> => ({
  [carrierSourceId]: { type: 'geojson', data: url('geojson/carriers.geojson'), promoteId: 'id' },
});

const focused: ExpressionSpecification = ['boolean', ['feature-state', 'focused'], false];
const lensed: ExpressionSpecification = ['boolean', ['feature-state', 'lensed'], false];

/** The ring around the carrier the user asked to locate. */
const focusRing: LayerSpecification = {
  id: carrierLayerIds.halo,
  type: 'circle',
  source: carrierSourceId,
  paint: {
    'circle-radius': ['case', focused, 16, 0],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': mapMarks.carrierLensed,
    'circle-stroke-width': ['case', focused, 3, 0],
  },
};

const dots: LayerSpecification = {
  id: carrierLayerIds.dot,
  type: 'circle',
  source: carrierSourceId,
  minzoom: 9,
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['case', lensed, 6, 3], 13, ['case', lensed, 8, 5.5]],
    'circle-color': ['case', lensed, mapMarks.carrierLensed, mapMarks.carrier],
    'circle-stroke-color': mapMarks.casing,
    'circle-stroke-width': 1.5,
  },
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
