import type { Catalog } from '../../src/data/catalog-schema';
import { fixtureCatalog } from '../../src/test/fixture-catalog';
import { findMisquotes } from './citations';

const lines = ['一、空间布局', '形成以点带线、以线促面的“一环两', '轴四带”的苏州现代服', '— 28 —'];

/** The shared fixture with one plan, citing the given lines of `lines` above. */
function catalogWith(quote: string, from: number, to: number): Catalog {
  const plan = { ...fixtureCatalog.plans[0]!, refs: [{ source: 'doc-a', lines: [from, to] as [number, number], quote, basis: 'stated' as const }] };
  return { ...fixtureCatalog, plans: [plan], zones: [], carriers: [], targets: [], tasks: [], indicatorTables: [] };
}

describe('findMisquotes', () => {
  const read = () => lines;

  it('finds a quote that runs across a line break', () => {
    expect(findMisquotes(catalogWith('“一环两轴四带”', 2, 3), read)).toEqual([]);
  });

  it('reports a quote outside its cited lines', () => {
    const [misquote] = findMisquotes(catalogWith('一环两轴四带', 1, 1), read);
    expect(misquote?.problem).toMatch(/not found in lines 1–1/);
  });

  it('checks the quotes of the task list too', () => {
    const task = { ...fixtureCatalog.tasks[0]!, refs: [{ source: 'doc-a', lines: [3, 3] as [number, number], quote: '一环', basis: 'stated' as const }] };
    const [misquote] = findMisquotes({ ...catalogWith('空间布局', 1, 1), tasks: [task] }, read);
    expect(misquote).toMatchObject({ at: 'tasks[task-finance]', problem: expect.stringMatching(/"一环" not found in lines 3–3/) });
  });

  it('checks the quotes of core-industry marks and indicator tables too', () => {
    const catalog = catalogWith('一环两轴四带', 2, 3);
    const ref = (quote: string) => ({ source: 'doc-a', lines: [2, 3] as [number, number], quote, basis: 'stated' as const });
    const zone = { ...fixtureCatalog.zones[0]!, refs: [ref('一环')], core: [{ industryIds: ['finance'], refs: [ref('四带”的苏州')] }, { industryIds: ['finance'], refs: [ref('五带')] }] };
    const table = { ...fixtureCatalog.indicatorTables![0]!, refs: [ref('以点带线')], groups: [{ name: { zh: '组' }, targetIds: ['t'], refs: [ref('六带')] }] };
    const misquotes = findMisquotes({ ...catalog, zones: [zone], indicatorTables: [table] }, read);
    expect(misquotes.map((m) => `${m.at}: ${m.ref.quote}`)).toEqual(['zones[city-ring].core: 五带', 'indicatorTables[city-table-1].groups: 六带']);
  });

  it('reports lines beyond the end of the document', () => {
    const [misquote] = findMisquotes(catalogWith('空间布局', 1, 99), read);
    expect(misquote?.problem).toMatch(/beyond the document's 4 lines/);
  });
});
