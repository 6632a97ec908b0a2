import { findMisquotes, sourceReader, type Misquote } from './citations.ts';
import { isMain, publicDir, readBuiltCatalog, runScript, sourcesDir } from './script-io.ts';

/** Every quote of the built catalog checked against the planning documents in `dir`. */
export function checkCitations(dir = sourcesDir, outDir = publicDir): Misquote[] {
  return findMisquotes(readBuiltCatalog(outDir), sourceReader(dir));
}

// `npm run data:cite`: checks every quote against PLAN_SOURCES_DIR (default ../shared/seeds).
if (isMain(import.meta.url)) {
  runScript(() => {
    const misquotes = checkCitations();
    for (const m of misquotes) console.error(`${m.at}: ${m.ref.source} ${m.problem}`);
    console.log(`${misquotes.length} misquoted refs`);
    if (misquotes.length) process.exitCode = 1;
  });
}
