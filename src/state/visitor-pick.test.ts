import { indexCatalog } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { fixtureCatalog } from '../test/fixture-catalog';
import { visitorPick } from './visitor-pick';

const east = fixtureCatalog.zones.find((z) => z.id === 'district-east')!;
const catalog: Catalog = {
  ...fixtureCatalog,
  zones: [...fixtureCatalog.zones, { ...east, id: 'district-park-zone', kind: 'park', parentId: 'district-east', carrierIds: [] }],
};
const index = indexCatalog(catalog);

describe('a kiosk visitor’s tap', () => {
  it('opens the zone of the plan on screen where another plan’s zone lies under it too', () => {
    expect(visitorPick(['city-ring', 'district-east'], ['district'], index)).toEqual(['district-east']);
    expect(visitorPick(['city-ring', 'district-east'], ['city'], index)).toEqual(['city-ring']);
  });

  it('opens a park rather than the zone it lies in', () => {
    expect(visitorPick(['district-east', 'district-park-zone'], ['district'], index)).toEqual(['district-park-zone']);
  });

  it('still lists overlapping zones of the plan on screen, and keeps what it has when no hit is on screen', () => {
    expect(visitorPick(['city-ring', 'city-axis'], ['city'], index)).toEqual(['city-ring', 'city-axis']);
    expect(visitorPick(['city-ring'], ['district'], index)).toEqual(['city-ring']);
    expect(visitorPick([], ['district'], index)).toEqual([]);
  });
});
