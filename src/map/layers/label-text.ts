import type { ExpressionSpecification } from 'maplibre-gl';

/** Label text in the current language: the style's `locale` global state picks the property. */
export const localizedLabel = (zhField = 'name_zh', enField = 'name_en'): ExpressionSpecification => [
  'case',
  ['==', ['global-state', 'locale'], 'en'],
  ['coalesce', ['get', enField], ['get', zhField]],
  ['get', zhField],
];

/**
 * Every label's size is multiplied by the style's `labelScale` global state: 1 at a desk, more on a kiosk
 * read from across a hall (the store's `mapLabelScale`).
 */
const labelScale: ExpressionSpecification = ['global-state', 'labelScale'];

/** The smallest label the style draws at a scale of 1 (a park's name at zoom 8), in CSS pixels. */
export const smallestLabelPx = 10;

type Size = number | ExpressionSpecification;

/** A label size in CSS pixels, times the label scale. */
export const scaledSize = (size: Size): ExpressionSpecification => ['*', size, labelScale] as ExpressionSpecification;

/** A label size that grows with the zoom between `[zoom, size]` stops, times the label scale. */
export const zoomedLabelSize = (...stops: [number, Size][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([zoom, size]) => [zoom, scaledSize(size)])] as ExpressionSpecification;
