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

/** The names a label layer shows, by language and id: `{ zh: { id: name }, en: { id: name } }`. */
export interface NamesByLocale {
  zh: Record<string, string>;
  en: Record<string, string>;
}

/** The names as the labels read them; English falls back to the Chinese where a name has none. */
export function namesByLocale(names: Iterable<[string, Name]>): NamesByLocale {
  const byLocale: NamesByLocale = { zh: {}, en: {} };
  for (const [id, name] of names) {
    byLocale.zh[id] = name.zh;
    byLocale.en[id] = name.en ?? name.zh;
  }
  return byLocale;
}

/**
 * A label in the current language, looked up by feature id in the names the global state `stateKey` holds
 * (`NamesByLocale`). The names are sent to MapLibre's worker once per catalog, so the style stays the same
 * size however many zones and carriers there are, and a new filter does not carry them again.
 */
export function localizedName(stateKey: string): ExpressionSpecification {
  const names: ExpressionSpecification = ['object', ['get', ['global-state', 'locale'], ['object', ['global-state', stateKey]]]];
  return ['to-string', ['get', ['get', 'id'], names]];
}

export const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
