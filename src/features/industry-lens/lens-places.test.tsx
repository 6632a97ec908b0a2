// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Carrier } from '../../data/catalog-schema';
import type { LensPlanGroup } from '../../data/lens-scope';
import { initialAppState, useAppStore } from '../../state/store';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { groupsWithin, LensPlaces, placeRowsAtOnce } from './lens-places';

const [plan] = fixtureCatalog.plans;
const [carrier] = fixtureCatalog.carriers;
/** A plan's group of `count` carriers, as a lens across many synthetic plans has them. */
const group = (i: number, count: number): LensPlanGroup => ({
  plan: { ...plan!, id: `plan-${i}`, pattern: { zh: `规划${i}`, en: `Plan ${i}` } },
  zones: [],
  carriers: Array.from({ length: count }, (_, c): { carrier: Carrier; industries: [] } => ({
    carrier: { ...carrier!, id: `plan-${i}-c${c}`, name: { zh: `载体${i}-${c}`, en: `Carrier ${i}-${c}` }, zoneIds: [] },
    industries: [],
  })),
});

beforeEach(() => useAppStore.setState(initialAppState, true));

describe('groupsWithin', () => {
  it('takes whole plans while their places fit, and always the first', () => {
    const groups = [group(0, 30), group(1, 30), group(2, 30)];
    expect(groupsWithin(groups, 60).shown.map((g) => g.plan.id)).toEqual(['plan-0', 'plan-1']);
    expect(groupsWithin(groups, 10).shown.map((g) => g.plan.id)).toEqual(['plan-0']);
    expect(groupsWithin(groups, 1000).rest).toEqual([]);
  });
});

describe('LensPlaces', () => {
  it('draws a panel of places at once, and the rest plan by plan on request', async () => {
    const groups = Array.from({ length: 40 }, (_, i) => group(i, 30));
    render(<LensPlaces groups={groups} showIndustries={false} />);
    const shownNow = () => screen.getAllByRole('region').length;
    expect(shownNow()).toBe(Math.floor(placeRowsAtOnce / 30));
    const more = screen.getByRole('button', { name: `显示其余 ${40 - shownNow()} 个规划中的 ${((40 - shownNow()) * 30).toLocaleString('zh-CN')} 处` });
    await userEvent.click(more);
    expect(shownNow()).toBe(Math.floor((2 * placeRowsAtOnce) / 30));
  });

  it('draws a lens of today’s size whole, with nothing to ask for', () => {
    render(<LensPlaces groups={[group(0, 40), group(1, 27)]} showIndustries={false} />);
    expect(screen.getAllByRole('region')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /显示其余/ })).toBeNull();
  });
});
