import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { sourceReader } from './citations.ts';
import { formatNamedPlaces, namedPlacesFileSchema, scanNamedPlaces, type NamedPlacesReport } from './named-places.ts';
import { dataDir, readYaml } from './read-authored.ts';
import { isMain, readBuiltCatalog, runScript, sourcesDir } from './script-io.ts';

export const committedReportPath = join(dataDir, 'named-places-report.txt');

/** data/named-places.yaml, read like every authored file (so its comma traps are found too). */
export const readNamedPlacesFile = () => readYaml(join(dataDir, 'named-places.yaml'));

/** Scans the documents for named places against the catalog, with the rules of data/named-places.yaml. */
export function runNamedPlacesScan(catalog: Catalog, dir = sourcesDir): NamedPlacesReport {
  const rules = namedPlacesFileSchema.parse(readNamedPlacesFile().content);
  return scanNamedPlaces(catalog, rules, sourceReader(dir));
}

/** The named-places part of the report, or why it cannot be made (no documents). */
export function namedPlacesText(catalog: Catalog): string {
  if (!existsSync(sourcesDir)) return `Named places: not scanned (no documents at ${sourcesDir}; set PLAN_SOURCES_DIR)`;
  return formatNamedPlaces(runNamedPlacesScan(catalog));
}

// `npm run data:places`: rewrites the committed copy of the named-places report.
if (isMain(import.meta.url)) {
  runScript(() => {
    const text = `${formatNamedPlaces(runNamedPlacesScan(readBuiltCatalog()))}\n`;
    writeFileSync(committedReportPath, text);
    console.log(text.split('\n')[0]);
  });
}
