import { indexCatalog } from '../../data/catalog-index';
import type { Catalog, Target, Zone } from '../../data/catalog-schema';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { headlineTargets, visitorIndustries } from './visitor-facts';

const ref = fixtureCatalog.zones[0]!.refs[0]!;
const industry = (id: string) => ({ id, name: { zh: id }, aliases: [], sector: 'other' as const, familyId: 'tech' });
const many = Array.from({ length: 9 }, (_, i) => `industry-${i}`);
const target = (id: string, fields: Partial<Target>): Target => ({ id, scope: { planId: 'city', zoneId: 'wide' }, indicator: { zh: id }, values: {}, refs: [ref], ...fields });
const wide: Zone = {
  ...fixtureCatalog.zones[0]!,
  id: 'wide',
  role: { zh: '两业融合发展核心区' },
  industryIds: many,
  carrierIds: [],
  targetIds: ['repeats-role', 'aim', 'figure', 'other-aim'],
};
const catalog: Catalog = {
  ...fixtureCatalog,
  zones: [...fixtureCatalog.zones, wide],
  industries: [...fixtureCatalog.industries, ...many.map(industry)],
  targets: [
    ...fixtureCatalog.targets,
    target('repeats-role', { text: { zh: '打造两业融合发展核心区' } }),
    target('aim', { text: { zh: '建设苏州主城南中心' } }),
    target('figure', { unit: { zh: '亿元' }, values: { '2025': 1000 } }),
    target('other-aim', { text: { zh: '建成示范区' } }),
  ],
};
const index = indexCatalog(catalog);
const withCore = (n: number): Zone => ({ ...wide, core: [{ industryIds: many.slice(-n), refs: [ref] }] });
const ids = (zone: Zone) => visitorIndustries(index, zone).map((i) => i.id);

describe('a visitor card', () => {
  it('shows three to six industries, those the plan puts first leading', () => {
    expect(ids(wide)).toEqual(many.slice(0, 3));
    expect(ids(withCore(2))).toEqual(['industry-7', 'industry-8', 'industry-0']);
    expect(ids(withCore(5))).toEqual(many.slice(4));
    expect(ids(withCore(8))).toEqual(many.slice(1, 7));
    expect(ids(index.zone('city-axis')!)).toEqual(['inspection']);
  });

  it('heads with one or two targets, figures first, leaving out an aim that repeats the role', () => {
    expect(headlineTargets(index, wide).map((t) => t.id)).toEqual(['figure', 'aim']);
    expect(headlineTargets(index, index.zone('city-axis')!)).toEqual([]);
  });
});
