import { indexCatalog } from '../data/catalog-index';
import { fixtureCatalog } from '../test/fixture-catalog';
import { planVisibility } from './plan-visibility';
import { initialAppState } from './store';

const index = indexCatalog(fixtureCatalog);
const base = { ...initialAppState, hiddenPlanIds: ['district'] };
const tour = { id: 't', name: { zh: '导览' }, planIds: ['district'], steps: [{ zoneId: 'district-east' }, { zoneId: 'district-east', frame: { zoneIds: ['city-ring'] } }] };

describe('planVisibility', () => {
  it('draws the plans the user left on', () => {
    expect(planVisibility(base, index)).toEqual({ visible: ['city'], revealed: [], byTour: false });
  });

  it('reveals the plan of a picked zone without changing the user’s choice, and drops it when cleared', () => {
    const picked = { ...base, selectedZoneId: 'district-east' };
    expect(planVisibility(picked, index)).toEqual({ visible: ['city', 'district'], revealed: ['district'], byTour: false });
    expect(picked.hiddenPlanIds).toEqual(['district']);
    expect(planVisibility({ ...picked, selectedZoneId: undefined }, index).visible).toEqual(['city']);
  });

  it('reveals the compared zones’ plans while the comparison is open', () => {
    const comparing = { ...base, compareZoneIds: ['city-ring', 'district-east'] };
    expect(planVisibility({ ...comparing, panel: 'compare' as const }, index).revealed).toEqual(['district']);
    expect(planVisibility(comparing, index).revealed).toEqual([]);
  });

  it('draws a running tour’s plans, and those of the zones a step frames, in presentation and kiosk only', () => {
    const running = { ...base, hiddenPlanIds: [], tours: { status: 'ready' as const, tours: [tour] }, tourId: 't', tourStep: 0 };
    expect(planVisibility({ ...running, mode: 'present' as const }, index)).toEqual({ visible: ['district'], revealed: [], byTour: true });
    expect(planVisibility({ ...running, mode: 'kiosk' as const, tourStep: 1 }, index).visible).toEqual(['city', 'district']);
    expect(planVisibility({ ...running, mode: 'explore' as const }, index).byTour).toBe(false);
  });
});
