// @vitest-environment jsdom
import { fixtureCatalog } from '../../test/fixture-catalog';
import { buildSearchIndex } from '../../data/search-keys';
import { flatHits, searchTable } from './search';
import { searchTableSteps } from './search-table';
import { prepareSearchTable, searchTableNow } from './search-table-build';

const entries = buildSearchIndex(fixtureCatalog).entries;
const [template] = fixtureCatalog.carriers;
const many = { ...fixtureCatalog, carriers: Array.from({ length: 3000 }, (_, i) => ({ ...template!, id: `park-${i}`, name: { zh: `园区${i}` } })) };

afterEach(() => vi.useRealTimers());

describe('the search table build', () => {
  it('comes in slices, so no one task builds it whole', () => {
    const steps = searchTableSteps(many, [], 500);
    let slices = 0;
    while (!steps.next().done) slices++;
    expect(slices).toBeGreaterThanOrEqual(6);
  });

  it('is built while the browser is idle, and a query finds it ready', () => {
    vi.useFakeTimers();
    const catalog = { ...many };
    prepareSearchTable(catalog, entries);
    vi.runAllTimers();
    const table = searchTableNow(catalog, entries);
    expect(searchTableNow(catalog, entries)).toBe(table);
    expect(flatHits(searchTable(table, 'swyy')).map((hit) => hit.id)).toContain('biomedicine');
  });

  it('is finished at once by a query that comes first, and the idle work then stops', () => {
    vi.useFakeTimers();
    const catalog = { ...many };
    prepareSearchTable(catalog, entries);
    const table = searchTableNow(catalog, entries);
    expect(flatHits(searchTable(table, '园区2999')).map((hit) => hit.id)).toEqual(['park-2999']);
    vi.runAllTimers();
    expect(searchTableNow(catalog, entries)).toBe(table);
  });

  it('is built again for new pinyin keys, and without them searches the names', () => {
    const catalog = { ...fixtureCatalog };
    expect(flatHits(searchTable(searchTableNow(catalog), 'swyy'))).toEqual([]);
    expect(flatHits(searchTable(searchTableNow(catalog, entries), 'swyy')).length).toBeGreaterThan(0);
  });
});
