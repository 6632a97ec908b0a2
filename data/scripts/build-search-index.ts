import { buildSearchIndex } from '../../src/data/search-keys.ts';
import { isMain, publicDir, readBuiltCatalog, runScript, writeBuilt } from './script-io.ts';

/**
 * Writes data/search-index.json below `outDir`: the pinyin keys of every zone, carrier and industry name, so
 * that "dth" finds 东太湖… in the browser without shipping a pinyin dictionary. Reads the built catalog.
 */
export function buildSearchIndexFile(outDir = publicDir): string {
  const index = buildSearchIndex(readBuiltCatalog(outDir));
  writeBuilt(outDir, 'data/search-index.json', `${JSON.stringify(index)}\n`);
  return `search index ${index.version}: ${index.entries.length} entries`;
}

// `npm run data:search`, after data:build
if (isMain(import.meta.url)) runScript(() => console.log(buildSearchIndexFile()));
