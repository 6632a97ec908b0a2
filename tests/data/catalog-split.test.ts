import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogLinksOf, catalogLinksSchema, catalogWithLinks } from '../../src/data/catalog-links';
import type { Catalog } from '../../src/data/catalog-schema';
import { firstViewCatalog } from '../../src/data/first-view-index';
import { firstViewIndexSchema } from '../../src/data/first-view-index-schema';
import { parseCatalog } from '../../src/data/load-catalog';
import { parsePlanDetail } from '../../src/data/load-plan-detail';
import { catalogWithDetails } from '../../src/data/catalog-with-details';
import { planDetailFile, planDetailOf } from '../../src/data/plan-detail';

const read = (file: string) => JSON.parse(readFileSync(`public/${file}`, 'utf8'));
const byId = (items: { id: string }[] = []) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const sameLists = (a: Catalog, b: Catalog) =>
  (['sources', 'plans', 'zones', 'industries', 'carriers', 'targets', 'families', 'tasks', 'indicatorTables'] as const).forEach((list) =>
    expect(byId(a[list]), list).toEqual(byId(b[list])),
  );

describe('the catalog split into the index, the links and per-plan detail files', () => {
  const catalog = parseCatalog('data/catalog.json', read('data/catalog.json'));
  const firstView = firstViewCatalog(firstViewIndexSchema.parse(read('data/catalog-index.json')));
  const linked = catalogWithLinks(firstView, catalogLinksSchema.parse(read('data/catalog-links.json')));
  const details = catalog.plans.map((plan) => parsePlanDetail(plan.id, catalog.version, read(planDetailFile(plan.id))));

  it('writes the links and every plan’s detail as cut from catalog.json now', () => {
    expect(read('data/catalog-links.json')).toEqual(catalogLinksOf(catalog));
    catalog.plans.forEach((plan, i) => expect(details[i]).toEqual(planDetailOf(catalog, plan)));
  });

  it('puts back the whole catalog when every plan’s detail is merged in', () => {
    sameLists(catalogWithDetails(linked, details), catalog);
  });

  it('gives a plan’s zones, carriers and targets whole and leaves the other plans’ rows light', () => {
    const one = catalogWithDetails(linked, [details[0]!]);
    const planId = details[0]!.planId;
    for (const zone of one.zones) {
      const whole = catalog.zones.find((z) => z.id === zone.id)!;
      if (zone.planId === planId) expect(zone).toEqual(whole);
      else expect(zone).toMatchObject({ id: whole.id, name: whole.name, industryIds: whole.industryIds, carrierIds: whole.carrierIds, refs: [] });
    }
    expect(one.targets.length).toBeGreaterThan(0);
    expect(one.targets.every((target) => target.scope.planId === planId)).toBe(true);
    expect(one.sources.map((source) => source.id)).toContain(details[0]!.plan.source);
  });

  it('keeps each detail to its own plan: no file repeats another plan’s zones or targets', () => {
    for (const detail of details) {
      expect(detail.zones.every((zone) => zone.planId === detail.planId)).toBe(true);
      expect(detail.targets.every((target) => target.scope.planId === detail.planId)).toBe(true);
    }
    expect(details.flatMap((d) => d.zones)).toHaveLength(catalog.zones.length);
  });

  it('keeps the first view’s index and the links small beside the details', () => {
    const size = (json: unknown) => JSON.stringify(json).length;
    expect(size(read('data/catalog-index.json'))).toBeLessThan(size(catalog) / 20);
    expect(size(read('data/catalog-links.json'))).toBeLessThan(size(catalog) / 3);
  });
});
