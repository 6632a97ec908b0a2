import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { basePalette as c, fontStack } from '../../config/design-tokens';
import { localizedLabel, scaledSize, zoomedLabelSize } from './label-text';

/** The offline base map: Suzhou's districts, water above them, rivers, and muted neighbours. */
export const baseSourceIds = {
  districts: 'base-districts',
  water: 'base-water',
  rivers: 'base-rivers',
  context: 'base-context',
  labels: 'base-district-labels',
} as const;

export const baseSourceFiles: Record<keyof typeof baseSourceIds, string> = {
  districts: 'geojson/base/districts.geojson',
  water: 'geojson/base/water.geojson',
  rivers: 'geojson/base/rivers.geojson',
  context: 'geojson/base/context.geojson',
  labels: 'geojson/base/labels.geojson',
};

export function baseSources(url: (path: string) => string): Record<string, SourceSpecification> {
  return Object.fromEntries(
    Object.entries(baseSourceIds).map(([key, id]) => [
      id,
      { type: 'geojson', data: url(baseSourceFiles[key as keyof typeof baseSourceIds]) } satisfies SourceSpecification,
    ]),
  );
}

export const baseLayerIds = {
  background: 'base-background',
  mask: 'base-outside-mask',
  districtFill: 'base-district-fill',
  water: 'base-water-fill',
  waterOutline: 'base-water-outline',
  rivers: 'base-rivers',
  districtBorder: 'base-district-border',
  cityBorder: 'base-city-border',
  riverLabels: 'base-river-labels',
  waterLabels: 'base-water-labels',
  contextLabels: 'base-context-labels',
  districtLabels: 'base-district-labels',
} as const;

const L = baseLayerIds;
const S = baseSourceIds;

/** Layers drawn below the plan layers. */
export const baseLayersBelow: LayerSpecification[] = [
  { id: L.background, type: 'background', paint: { 'background-color': c.outside } },
  {
    id: L.districtFill,
    type: 'fill',
    source: S.districts,
    paint: {
      'fill-color': ['match', ['get', 'kind'], 'development-zone', c.landDevelopmentZone, c.land],
    },
  },
  {
    id: L.mask,
    type: 'fill',
    source: S.context,
    filter: ['==', ['get', 'kind'], 'mask'],
    paint: { 'fill-color': c.outside, 'fill-opacity': 0.6 },
  },
  { id: L.water, type: 'fill', source: S.water, paint: { 'fill-color': c.water } },
  {
    id: L.waterOutline,
    type: 'line',
    source: S.water,
    paint: { 'line-color': c.waterOutline, 'line-width': 0.6 },
  },
  {
    id: L.rivers,
    type: 'line',
    source: S.rivers,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': c.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 12, 3.5] },
  },
  {
    id: L.districtBorder,
    type: 'line',
    source: S.districts,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': c.districtBorder,
      'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 12, 1.6],
      'line-dasharray': ['match', ['get', 'kind'], 'development-zone', ['literal', [2, 1.5]], ['literal', [1, 0]]],
    },
  },
];

const labelLayout = {
  'text-font': fontStack,
  'text-field': localizedLabel(),
  'text-max-width': 8,
} as const;

/** Labels drawn above everything, so plan layers never hide a place name. */
export const baseLabelLayers: LayerSpecification[] = [
  {
    id: L.riverLabels,
    type: 'symbol',
    source: S.rivers,
    minzoom: 9,
    layout: { ...labelLayout, 'symbol-placement': 'line', 'text-size': scaledSize(11), 'text-letter-spacing': 0.1 },
    paint: { 'text-color': c.waterLabel, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.2 },
  },
  {
    id: L.waterLabels,
    type: 'symbol',
    source: S.labels,
    filter: ['==', ['get', 'kind'], 'water'],
    layout: { ...labelLayout, 'text-size': zoomedLabelSize([8, 11], [12, 15]) },
    paint: { 'text-color': c.waterLabel, 'text-halo-color': 'rgba(255,255,255,0.5)', 'text-halo-width': 1 },
  },
  {
    id: L.contextLabels,
    type: 'symbol',
    source: S.context,
    filter: ['==', ['get', 'kind'], 'neighbour'],
    layout: { ...labelLayout, 'text-size': scaledSize(13), 'text-letter-spacing': 0.2 },
    paint: { 'text-color': c.contextLabel, 'text-halo-color': c.outside, 'text-halo-width': 1.5 },
  },
  {
    id: L.districtLabels,
    type: 'symbol',
    source: S.labels,
    filter: ['!=', ['get', 'kind'], 'water'],
    layout: {
      ...labelLayout,
      'text-size': zoomedLabelSize([8, 12], [12, 17]),
      'text-padding': 4,
    },
    paint: { 'text-color': c.label, 'text-halo-color': c.labelHalo, 'text-halo-width': 1.6 },
  },
];
