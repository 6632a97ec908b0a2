import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstViewIndexOf } from '../../src/data/first-view-index.ts';
import { assembleCatalog, assembleCodeTable, CatalogBuildError } from './assemble-catalog.ts';
import { readAuthoredData, repoDir } from './read-authored.ts';

/**
 * `npm run data:build`: validates data/*.yaml and writes public/data/catalog.json (the whole catalog, the public
 * contract), catalog-index.json beside it (the first view's plans and zone names, which the app reads first)
 * and codes.json.
 */
try {
  const data = readAuthoredData();
  const catalog = assembleCatalog(data);
  const codes = assembleCodeTable(data);
  mkdirSync(join(repoDir, 'public/data'), { recursive: true });
  writeFileSync(join(repoDir, 'public/data/catalog.json'), `${JSON.stringify(catalog, null, 1)}\n`);
  writeFileSync(join(repoDir, 'public/data/catalog-index.json'), `${JSON.stringify(firstViewIndexOf(catalog))}\n`);
  writeFileSync(join(repoDir, 'public/data/codes.json'), `${JSON.stringify(codes)}\n`);
  console.log(
    `catalog ${catalog.version}: ${catalog.plans.length} plans, ${catalog.zones.length} zones, ` +
      `${catalog.industries.length} industries in ${catalog.families.length} families, ${catalog.carriers.length} carriers, ` +
      `${catalog.targets.length} targets, ${catalog.tasks.length} tasks`,
  );
} catch (error) {
  console.error(error instanceof CatalogBuildError ? error.message : String(error));
  process.exit(1);
}
