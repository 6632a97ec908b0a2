import { indexCatalog } from './catalog-index';
import { fixtureCatalog } from '../test/fixture-catalog';
import { planTargets } from './plan-targets';
import { rankedIndustries } from './ranked-industries';

const index = indexCatalog(fixtureCatalog);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('planTargets', () => {
  it('keeps an indicator table’s groups and order, apart from the targets taken from the text', () => {
    const { tables, fromText } = planTargets(index, 'city');
    expect(tables.map((t) => t.table.id)).toEqual(['city-table-1']);
    expect(tables[0]!.groups.map((g) => [g.group.name.zh, ids(g.targets)])).toEqual([
      ['总量规模', ['city-t-gdp']],
      ['产业结构', ['city-t-share']],
    ]);
    expect(ids(fromText)).toEqual(['city-t-software']);
  });

  it('takes every plan-wide target of a plan without a table from its text', () => {
    expect(planTargets(index, 'district')).toEqual({ tables: [], fromText: [index.target('district-t-finance-firms')] });
  });
});

describe('rankedIndustries', () => {
  it('puts the industries the plan names as core first, with their citation', () => {
    const ranked = rankedIndustries(index, index.zone('district-east')!);
    expect(ranked.map((r) => [r.industry.id, r.core?.[0]?.quote])).toEqual([
      ['inspection', '检验检测认证等重点领域'],
      ['finance', undefined],
      ['biomedicine', undefined],
    ]);
  });
});
