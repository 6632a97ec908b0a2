import { firstViewIndexOf } from '../../src/data/first-view-index.ts';
import { assembleCatalog, assembleCodeTable } from './assemble-catalog.ts';
import { readAuthoredData } from './read-authored.ts';
import { isMain, publicDir, runScript, writeBuilt } from './script-io.ts';

/**
 * Validates data/*.yaml and writes below `outDir` data/catalog.json (the whole catalog, the public contract),
 * data/catalog-index.json beside it (the first view's plans and zone names, which the app reads first) and
 * data/codes.json.
 */
export function buildCatalog(outDir = publicDir): string {
  const data = readAuthoredData();
  const catalog = assembleCatalog(data);
  writeBuilt(outDir, 'data/catalog.json', `${JSON.stringify(catalog, null, 1)}\n`);
  writeBuilt(outDir, 'data/catalog-index.json', `${JSON.stringify(firstViewIndexOf(catalog))}\n`);
  writeBuilt(outDir, 'data/codes.json', `${JSON.stringify(assembleCodeTable(data))}\n`);
  return (
    `catalog ${catalog.version}: ${catalog.plans.length} plans, ${catalog.zones.length} zones, ` +
    `${catalog.industries.length} industries in ${catalog.families.length} families, ${catalog.carriers.length} carriers, ` +
    `${catalog.targets.length} targets, ${catalog.tasks.length} tasks`
  );
}

// `npm run data:build`
if (isMain(import.meta.url)) runScript(() => console.log(buildCatalog()));
