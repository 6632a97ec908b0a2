import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMisquotes, sourceReader } from './citations.ts';
import { repoDir } from './read-authored.ts';

/** `npm run data:cite`: checks every quote against PLAN_SOURCES_DIR (default ../shared/seeds). */
const dir = process.env.PLAN_SOURCES_DIR ?? join(repoDir, '../shared/seeds');
const catalog = JSON.parse(readFileSync(join(repoDir, 'public/data/catalog.json'), 'utf8'));
const misquotes = findMisquotes(catalog, sourceReader(dir));
for (const m of misquotes) console.error(`${m.at}: ${m.ref.source} ${m.problem}`);
console.log(`${misquotes.length} misquoted refs`);
process.exit(misquotes.length ? 1 : 0);
