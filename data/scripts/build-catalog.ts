import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog, assembleCodeTable } from './assemble-catalog.ts';
import { catalogFilesOf } from './catalog-files.ts';
import { readAuthoredData } from './read-authored.ts';
import { isMain, publicDir, runScript, writeBuilt } from './script-io.ts';

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
