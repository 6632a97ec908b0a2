import type { ExpressionSpecification } from 'maplibre-gl';

/** Feature-state flags the bindings set on zone features (ids promoted from `properties.id`). */
export const zoneState = {
  selected: ['boolean', ['feature-state', 'selected'], false],
  hover: ['boolean', ['feature-state', 'hover'], false],
  lensed: ['boolean', ['feature-state', 'lensed'], false],
  dimmed: ['boolean', ['feature-state', 'dimmed'], false],
  compareA: ['boolean', ['feature-state', 'compareA'], false],
  compareB: ['boolean', ['feature-state', 'compareB'], false],
} satisfies Record<string, ExpressionSpecification>;

export const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
