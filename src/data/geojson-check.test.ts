import { geojsonProblems } from './geojson-check';

const square = [[[120.5, 31.2], [120.6, 31.2], [120.6, 31.3], [120.5, 31.2]]];
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const feature = (id: string, geometry: unknown = { type: 'Polygon', coordinates: square }) => ({ type: 'Feature', properties: { id }, geometry });

describe('geojsonProblems', () => {
  it('accepts the files the data build writes', () => {
    expect(geojsonProblems(collection(feature('a'), feature('b', { type: 'Point', coordinates: [120.6, 31.3] })), new Set(['a', 'b']))).toEqual([]);
  });

  it('names what is not a FeatureCollection', () => {
    expect(geojsonProblems([])).toEqual(['(root): Invalid input: expected object, received array']);
    expect(geojsonProblems({ type: 'Topology', arcs: [] })[0]).toMatch(/^type: /);
    expect(geojsonProblems({ type: 'FeatureCollection', features: 'lakes' })[0]).toMatch(/^features: /);
  });

  it('names coordinates outside the world or not numbers, by their place in the file', () => {
    const far = feature('a', { type: 'Point', coordinates: [1206, 31.3] });
    expect(geojsonProblems(collection(feature('ok'), far))).toEqual([expect.stringMatching(/^features\.1\.geometry\.coordinates\.0: .*180/)]);
    const nan = feature('a', { type: 'LineString', coordinates: [[120.5, 'NaN'], [120.6, 31.3]] });
    expect(geojsonProblems(collection(nan))[0]).toMatch(/^features\.0\.geometry\.coordinates\.0\.1: .*number/);
  });

  it('names features of ids the catalog does not have', () => {
    expect(geojsonProblems(collection(feature('a'), feature('ghost')), new Set(['a']))).toEqual([
      'features.1.properties.id: "ghost" is not in the catalog',
    ]);
  });
});
