import { fixtureCatalog } from '../test/fixture-catalog';
import { indexCatalog } from './catalog-index';
import type { Catalog } from './catalog-schema';
import { citationFor, lensScope } from './lens-scope';
import { catalogWithDraft } from './draft-catalog';
import { drawnZone } from './draft-model';

const index = indexCatalog(fixtureCatalog);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe("lensScope with a planner's draft", () => {
  it('finds its zones under the draft, assigned in the draft, citing nothing (not even their carriers)', () => {
    const stated = { ...drawnZone([], { type: 'Point', coordinates: [120.6, 31.3] }), industryIds: ['finance'] };
    const viaCarrier = { ...drawnZone([stated], { type: 'Point', coordinates: [120.7, 31.3] }), carrierIds: ['city-hub'] };
    const scope = lensScope(indexCatalog(catalogWithDraft(fixtureCatalog, [stated, viaCarrier])), { kind: 'family', id: 'money' })!;
    const draft = scope.groups.find((g) => g.plan.id === 'draft')!;
    expect(draft.zones.map((z) => [z.zone.id, z.reason.kind, z.ref])).toEqual([
      ['draft-zone-1', 'draft', undefined],
      ['draft-zone-2', 'carrier', undefined],
    ]);
  });
});

describe('lensScope', () => {
  it('gathers a family’s places across plans, grouped by plan, each with why it is there', () => {
    const scope = lensScope(index, { kind: 'family', id: 'money' })!;
    expect(scope.name.zh).toBe('金融');
    expect(scope.groups.map((g) => g.plan.id)).toEqual(['city', 'district']);
    const [city, district] = scope.groups;
    expect(city!.zones.map((z) => [z.zone.id, z.reason.kind])).toEqual([['city-ring', 'stated']]);
    expect(ids(city!.carriers.map((c) => c.carrier))).toEqual(['city-hub']);
    expect(district!.zones.map((z) => [z.zone.id, z.reason.kind])).toEqual([['district-east', 'stated']]);
    expect(scope).toMatchObject({ zoneIds: ['city-ring', 'district-east'], carrierIds: ['city-hub'], planIds: ['city', 'district'], placeCount: 3 });
  });

  it('brings the family’s targets and 2022 tasks', () => {
    const scope = lensScope(index, { kind: 'family', id: 'money' })!;
    expect(ids(scope.targets)).toEqual(['district-t-finance-firms']);
    expect(ids(scope.tasks)).toEqual(['task-finance']);
    expect(lensScope(index, { kind: 'family', id: 'life' })!.tasks).toEqual([]);
  });

  it('says when a zone has the industry through a carrier, and cites the carrier', () => {
    const scope = lensScope(index, { kind: 'industry', id: 'biomedicine' })!;
    const [east] = scope.groups[0]!.zones;
    expect(east!.reason).toMatchObject({ kind: 'carrier', carriers: [{ id: 'district-park' }] });
    expect(east!.ref?.quote).toBe('生物医药园');
  });

  it('includes a park through its parent zone', () => {
    const park = { ...fixtureCatalog.zones[2]!, id: 'district-park-zone', kind: 'park' as const, parentId: 'district-east', industryIds: ['digital-economy'], carrierIds: [], targetIds: [] };
    const withPark: Catalog = { ...fixtureCatalog, zones: [...fixtureCatalog.zones, park] };
    const scope = lensScope(indexCatalog(withPark), { kind: 'industry', id: 'finance' })!;
    const hit = scope.groups[1]!.zones.find((z) => z.zone.id === 'district-park-zone');
    expect(hit?.reason).toMatchObject({ kind: 'parent', parent: { id: 'district-east' } });
    expect(scope.placeCount).toBe(4);
  });

  it('is undefined for an id the catalog does not know, and the same object when asked again', () => {
    expect(lensScope(index, { kind: 'family', id: 'nowhere' })).toBeUndefined();
    expect(lensScope(index, { kind: 'industry', id: 'finance' })).toBe(lensScope(index, { kind: 'industry', id: 'finance' }));
  });
});

describe('citationFor', () => {
  const finance = fixtureCatalog.industries[0]!;
  const ref = (quote: string, basis: 'stated' | 'inferred' = 'stated') => ({ source: 'doc-a', lines: [1, 1] as [number, number], quote, basis });
  it('prefers the ref that names the industry or one of its spellings', () => {
    expect(citationFor([ref('东部片区'), ref('发展金融与商贸')], [finance])?.quote).toBe('发展金融与商贸');
    expect(citationFor([ref('东部片区', 'inferred'), ref('南部')], [finance])?.quote).toBe('南部');
    expect(citationFor([], [finance])).toBeUndefined();
  });
});
