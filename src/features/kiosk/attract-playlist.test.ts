import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import type { Tour } from '../../data/tour-schema';
import { attractTours, kioskPlanLabel, kioskPlans, nextAttractStep } from './attract-playlist';

const tour = (id: string, planId: string, steps: number, attract?: boolean): Tour => ({
  id,
  name: { zh: `${id} 名`, en: `${id} name` },
  planIds: [planId],
  ...(attract === undefined ? {} : { attract }),
  steps: Array.from({ length: steps }, (_, i) => ({ zoneId: `${id}-${i}` })),
});
const index = indexCatalog(fixtureCatalog);

describe('the attract playlist', () => {
  it('plays the tours marked for it, in their order, or every tour when none is', () => {
    const tours = [tour('overview', 'city', 3), tour('city', 'city', 2, true), tour('district', 'district', 1, true)];
    expect(attractTours(tours).map((t) => t.id)).toEqual(['city', 'district']);
    expect(attractTours([tour('a', 'city', 1), tour('b', 'district', 1)]).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('steps through each tour, then on to the next, and from the last back to the first', () => {
    const playlist = [tour('city', 'city', 2, true), tour('district', 'district', 1, true)];
    const seen = [nextAttractStep(playlist)];
    for (let i = 0; i < 4; i++) seen.push(nextAttractStep(playlist, seen.at(-1)));
    expect(seen).toEqual([
      { tourId: 'city', step: 0 },
      { tourId: 'city', step: 1 },
      { tourId: 'district', step: 0 },
      { tourId: 'city', step: 0 },
      { tourId: 'city', step: 1 },
    ]);
    // A tour that is not on the playlist (a presenter's, left running) restarts it.
    expect(nextAttractStep(playlist, { tourId: 'overview', step: 5 })).toEqual({ tourId: 'city', step: 0 });
    expect(nextAttractStep([])).toBeUndefined();
  });

  it('offers each plan of the playlist once, under its sequence’s name', () => {
    const playlist = [tour('city', 'city', 2, true), tour('city-again', 'city', 1, true), tour('district', 'district', 1, true), tour('gone', 'no-such-plan', 1, true)];
    const plans = kioskPlans(playlist, index);
    expect(plans).toEqual([
      { planId: 'city', label: { zh: 'city 名', en: 'city name' } },
      { planId: 'district', label: { zh: 'district 名', en: 'district name' } },
    ]);
    expect(kioskPlanLabel('district', plans, index)).toEqual({ zh: 'district 名', en: 'district name' });
    expect(kioskPlanLabel('city', [], index)).toEqual({ zh: '苏州市 · 一环两轴', en: 'Suzhou · One ring, two axes' });
    expect(kioskPlanLabel('no-such-plan', plans, index)).toBeUndefined();
  });
});
