import type { ExpressionSpecification } from 'maplibre-gl';
import type { Name } from '../../data/catalog-schema';

/** Feature-state flags the bindings set on zone features (ids promoted from `properties.id`). */
export const zoneState = {
  selected: ['boolean', ['feature-state', 'selected'], false],
  hover: ['boolean', ['feature-state', 'hover'], false],
  lensed: ['boolean', ['feature-state', 'lensed'], false],
  dimmed: ['boolean', ['feature-state', 'dimmed'], false],
  compareA: ['boolean', ['feature-state', 'compareA'], false],
  compareB: ['boolean', ['feature-state', 'compareB'], false],
} satisfies Record<string, ExpressionSpecification>;

/** `id → value` as a style expression, with a fallback for ids it does not know. */
export function matchId(values: Map<string, string>, fallback: string): ExpressionSpecification {
  if (values.size === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', 'id'], ...[...values].flat(), fallback] as unknown as ExpressionSpecification;
}

/** A label in the current language, looked up by feature id from the catalog's names. */
export function localizedName(names: Map<string, Name>): ExpressionSpecification {
  const zh = new Map([...names].map(([id, name]) => [id, name.zh]));
  const en = new Map([...names].map(([id, name]) => [id, name.en ?? name.zh]));
  return ['case', ['==', ['global-state', 'locale'], 'en'], matchId(en, ''), matchId(zh, '')];
}

export const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
