import { suzhouBounds } from '../../config/view';
import { locatorProjection, outerRings } from './export-locator';

describe('the locator inset', () => {
  it('puts the corners of Suzhou on the corners of its box', () => {
    const project = locatorProjection({ x: 10, y: 20, width: 200, height: 180 });
    const [[west, south], [east, north]] = suzhouBounds;
    expect(project(west, north)).toEqual([10, 20]);
    expect(project(east, south)).toEqual([210, 200]);
  });

  it('reads the outer rings of polygons and skips anything else', () => {
    const ring = [[120, 31], [121, 31], [121, 32], [120, 31]];
    const rings = outerRings({
      features: [
        { geometry: { type: 'Polygon', coordinates: [ring, [[0, 0]]] } },
        { geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] } },
        { geometry: { type: 'Point', coordinates: [120, 31] } },
        {},
      ],
    });
    expect(rings).toHaveLength(3);
    expect(outerRings('not json')).toEqual([]);
  });
});
