import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog, CatalogBuildError } from './assemble-catalog.ts';
import { readAuthoredData, repoDir } from './read-authored.ts';

/** `npm run data:build`: validates data/*.yaml and writes public/data/catalog.json. */
try {
  const catalog = assembleCatalog(readAuthoredData());
  const out = join(repoDir, 'public/data/catalog.json');
  mkdirSync(join(repoDir, 'public/data'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(catalog, null, 1)}\n`);
  console.log(
    `catalog ${catalog.version}: ${catalog.plans.length} plans, ${catalog.zones.length} zones, ` +
      `${catalog.industries.length} industries, ${catalog.carriers.length} carriers, ${catalog.targets.length} targets`,
  );
} catch (error) {
  console.error(error instanceof CatalogBuildError ? error.message : String(error));
  process.exit(1);
}
