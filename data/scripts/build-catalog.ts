import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { catalogLinksFile, catalogLinksOf } from '../../src/data/catalog-links.ts';
import { firstViewIndexOf } from '../../src/data/first-view-index.ts';
import { planDetailFile, planDetailOf } from '../../src/data/plan-detail.ts';
import { assembleCatalog, assembleCodeTable } from './assemble-catalog.ts';
import { readAuthoredData } from './read-authored.ts';
import { isMain, publicDir, runScript, writeBuilt } from './script-io.ts';

/**
 * The files the app reads a catalog from, by path below the site root: the index the first view reads
 * (data/catalog-index.json), the links across plans that follow it (data/catalog-links.json) and one detail
 * file per plan (data/plan-details/<planId>.json), fetched when something shows that plan in detail. The benchmark's synthetic plans are written with it too.
 */
export function catalogFilesOf(catalog: Catalog): Map<string, string> {
  return new Map([
    ['data/catalog-index.json', `${JSON.stringify(firstViewIndexOf(catalog))}\n`],
    [catalogLinksFile, `${JSON.stringify(catalogLinksOf(catalog))}\n`],
    ...catalog.plans.map((plan): [string, string] => [planDetailFile(plan.id), `${JSON.stringify(planDetailOf(catalog, plan))}\n`]),
  ]);
}

/**
 * Validates data/*.yaml and writes below `outDir` data/catalog.json (the whole catalog, the public contract),
 * the app's index and per-plan detail files cut from it (`catalogFilesOf`) and data/codes.json.
 */
export function buildCatalog(outDir = publicDir): string {
  const data = readAuthoredData();
  const catalog = assembleCatalog(data);
  writeBuilt(outDir, 'data/catalog.json', `${JSON.stringify(catalog, null, 1)}\n`);
  // A plan taken out of data/ takes its detail file with it.
  rmSync(join(outDir, 'data/plan-details'), { recursive: true, force: true });
  for (const [file, text] of catalogFilesOf(catalog)) writeBuilt(outDir, file, text);
  writeBuilt(outDir, 'data/codes.json', `${JSON.stringify(assembleCodeTable(data))}\n`);
  return (
    `catalog ${catalog.version}: ${catalog.plans.length} plans, ${catalog.zones.length} zones, ` +
    `${catalog.industries.length} industries in ${catalog.families.length} families, ${catalog.carriers.length} carriers, ` +
    `${catalog.targets.length} targets, ${catalog.tasks.length} tasks`
  );
}

// `npm run data:build`
if (isMain(import.meta.url)) runScript(() => console.log(buildCatalog()));
