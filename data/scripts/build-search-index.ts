import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogSchema } from '../../src/data/catalog-schema.ts';
import { buildSearchIndex } from '../../src/data/search-keys.ts';
import { repoDir } from './read-authored.ts';

/**
 * `npm run data:search`: writes public/data/search-index.json, the pinyin keys of every zone, carrier and industry
 * name, so that "dth" finds 东太湖… in the browser without shipping a pinyin dictionary. Run after data:build.
 */
const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(repoDir, 'public/data/catalog.json'), 'utf8')));
const index = buildSearchIndex(catalog);
writeFileSync(join(repoDir, 'public/data/search-index.json'), `${JSON.stringify(index)}\n`);
console.log(`search index ${index.version}: ${index.entries.length} entries`);
