import type { ExpressionSpecification } from 'maplibre-gl';

/** Label text in the current language: the style's `locale` global state picks the property. */
export const localizedLabel = (zhField = 'name_zh', enField = 'name_en'): ExpressionSpecification => [
  'case',
  ['==', ['global-state', 'locale'], 'en'],
  ['coalesce', ['get', enField], ['get', zhField]],
  ['get', zhField],
];
