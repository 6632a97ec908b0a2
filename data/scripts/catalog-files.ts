import type { Catalog } from '../../src/data/catalog-schema.ts';
import { catalogLinksFile, catalogLinksOf } from '../../src/data/catalog-links.ts';
import { firstViewIndexOf } from '../../src/data/first-view-index.ts';
import { planDetailFile, planDetailOf } from '../../src/data/plan-detail.ts';

/**
 * The files the app reads a catalog from, by path below the site root: the index the first view reads
 * (data/catalog-index.json), the links across plans that follow it (data/catalog-links.json) and one detail
 * file per plan (data/plan-details/<planId>.json), fetched when something shows that plan in detail. The
 * benchmark's synthetic plans are written with it too.
 */
export function catalogFilesOf(catalog: Catalog): Map<string, string> {
  return new Map([
    ['data/catalog-index.json', `${JSON.stringify(firstViewIndexOf(catalog))}\n`],
    [catalogLinksFile, `${JSON.stringify(catalogLinksOf(catalog))}\n`],
    ...catalog.plans.map((plan): [string, string] => [planDetailFile(plan.id), `${JSON.stringify(planDetailOf(catalog, plan))}\n`]),
  ]);
}
