// @vitest-environment jsdom
import { catalogIndexOf } from '../../state/use-catalog';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { familyCountsReady, familyCountsWanted, subscribeFamilyCounts, workOutFamilyCounts } from './family-counts';

let idle: (() => void)[];
beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => (idle = []));
});
afterEach(() => vi.unstubAllGlobals());

describe('family counts', () => {
  it('are worked out one family per idle callback, a family an option waits for first, and stop when asked', () => {
    // A catalog of its own, so that no other test has worked its counts out.
    const index = catalogIndexOf({ ...fixtureCatalog });
    const [first, second, last] = [fixtureCatalog.families[0]!.id, fixtureCatalog.families[1]!.id, fixtureCatalog.families.at(-1)!.id];
    const heard = vi.fn();
    const unsubscribe = subscribeFamilyCounts(heard);
    // Wanted before the work starts, as an option's effect may be.
    familyCountsWanted(index, last);
    const stop = workOutFamilyCounts(index);
    expect(familyCountsReady(index, first)).toBe(false);
    idle.shift()!();
    expect(familyCountsReady(index, last)).toBe(true);
    expect(familyCountsReady(index, first)).toBe(false);
    expect(heard).toHaveBeenCalledTimes(1);
    idle.shift()!();
    expect(familyCountsReady(index, first)).toBe(true);
    stop();
    expect(idle).toEqual([]);
    expect(familyCountsReady(index, second)).toBe(false);
    unsubscribe();
  });
});
