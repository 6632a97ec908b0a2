import { indexCatalog } from '../../../data/catalog-index';
import { fixtureCatalog } from '../../../test/fixture-catalog';
import { fallbackTours, toursForCatalog } from './catalog-tours';
import { tourFor } from './tour-for';

const index = indexCatalog(fixtureCatalog);

describe('tours and the catalog', () => {
  it('drops steps whose zone the catalog does not know, and tours left empty', () => {
    const tours = toursForCatalog(
      [
        { id: 't', name: { zh: 'T' }, planIds: ['city', 'gone'], steps: [{ zoneId: 'city-ring' }, { zoneId: 'gone' }] },
        { id: 'empty', name: { zh: 'E' }, planIds: ['city'], steps: [{ zoneId: 'gone' }] },
      ],
      index,
    );
    expect(tours).toEqual([{ id: 't', name: { zh: 'T' }, planIds: ['city'], steps: [{ zoneId: 'city-ring' }] }]);
  });

  it('frames only the zones the catalog knows of those a step names', () => {
    const step = (zoneIds: string[]) => ({ zoneId: 'city-ring', frame: { zoneIds, maxZoom: 12 } });
    const [tour] = toursForCatalog([{ id: 't', name: { zh: 'T' }, planIds: ['city'], steps: [step(['city-ring', 'gone']), step(['gone'])] }], index);
    expect(tour!.steps).toEqual([
      { zoneId: 'city-ring', frame: { zoneIds: ['city-ring'], maxZoom: 12 } },
      { zoneId: 'city-ring', frame: { maxZoom: 12 } },
    ]);
  });

  it('makes one fallback tour per plan from its zones', () => {
    const tours = fallbackTours(index);
    expect(tours.map((t) => t.id)).toEqual(['city', 'district']);
    expect(tours[0]!.steps.map((s) => s.zoneId)).toEqual(['city-ring', 'city-axis']);
  });

  it('starts from the selected zone, else from a plan on screen', () => {
    const tours = [...fallbackTours(index), { id: 'all', name: { zh: '全' }, planIds: ['city', 'district'], steps: [{ zoneId: 'district-east' }] }];
    expect(tourFor(tours, { id: 'city-axis', planId: 'city' }, [])).toEqual({ tourId: 'city', step: 1 });
    expect(tourFor(tours, undefined, ['district'])).toEqual({ tourId: 'district', step: 0 });
    expect(tourFor(tours, undefined, [])).toEqual({ tourId: 'city', step: 0 });
  });
});
