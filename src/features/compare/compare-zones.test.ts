import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { compareSets, compareZones } from './compare-zones';

const index = indexCatalog(fixtureCatalog);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('compareSets', () => {
  it('splits shared and distinct items, keeping order', () => {
    const result = compareSets([{ id: 'x' }, { id: 'y' }, { id: 'z' }], [{ id: 'z' }, { id: 'w' }, { id: 'x' }]);
    expect(ids(result.shared)).toEqual(['x', 'z']);
    expect(ids(result.onlyA)).toEqual(['y']);
    expect(ids(result.onlyB)).toEqual(['w']);
  });
});

describe('compareZones', () => {
  it('compares industries including those of carriers', () => {
    const result = compareZones(index, 'city-ring', 'district-east')!;
    expect(result.a.id).toBe('city-ring');
    // city-ring: finance, digital-economy (+ finance via its hub); district-east: finance, inspection (+ biomedicine via its park).
    expect(ids(result.industries.shared)).toEqual(['finance']);
    expect(ids(result.industries.onlyA)).toEqual(['digital-economy']);
    expect(ids(result.industries.onlyB)).toEqual(['inspection', 'biomedicine']);
    expect(ids(result.carriersA)).toEqual(['city-hub']);
    expect(ids(result.carriersB)).toEqual(['district-park']);
    expect(ids(result.targetsA)).toEqual(['city-t-ring']);
    expect(result.targetsB).toEqual([]);
  });

  it('is undefined when a zone is unknown', () => {
    expect(compareZones(index, 'city-ring', 'gone')).toBeUndefined();
  });
});
