import { labelPoint } from './label-points';

describe('labelPoint', () => {
  it('puts a ring band label on the band, not in the hole', () => {
    const outer = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const hole = [[0.1, 0.1], [0.1, 0.9], [0.9, 0.9], [0.9, 0.1], [0.1, 0.1]];
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [outer, hole] });
    const inHole = x! > 0.1 && x! < 0.9 && y! > 0.1 && y! < 0.9;
    expect(inHole).toBe(false);
  });

  it('labels the largest part of a multipolygon', () => {
    const small = [[[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]]];
    const large = [[[5, 5], [7, 5], [7, 7], [5, 7], [5, 5]]];
    const [x] = labelPoint({ type: 'MultiPolygon', coordinates: [small, large] });
    expect(x).toBeGreaterThan(5);
  });

  it('labels a line 40 % along its length', () => {
    const [x] = labelPoint({ type: 'LineString', coordinates: [[120, 31], [121, 31]] });
    expect(x).toBeCloseTo(120.4, 2);
  });
});
