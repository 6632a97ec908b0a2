import { findMisquotes, sourceReader, type Misquote } from './citations.ts';
import { existsSync } from 'node:fs';
import { isMain, publicDir, readBuiltCatalog, runScript, sourcesDir } from './script-io.ts';

/** Every quote of the built catalog checked against the planning documents in `dir`. */
export function checkCitations(dir = sourcesDir, outDir = publicDir): Misquote[] {
  return findMisquotes(readBuiltCatalog(outDir), sourceReader(dir));
}

// `npm run data:cite`: checks every quote against PLAN_SOURCES_DIR (default ../shared/seeds). Without the
// documents at the default place it says so and checks nothing; a PLAN_SOURCES_DIR that is set must hold them.
if (isMain(import.meta.url)) {
  runScript(() => {
    if (!process.env.PLAN_SOURCES_DIR && !existsSync(sourcesDir)) {
      console.log(`citations not checked (no documents at ${sourcesDir}; set PLAN_SOURCES_DIR)`);
      return;
    }
    const misquotes = checkCitations();
    for (const m of misquotes) console.error(`${m.at}: ${m.ref.source} ${m.problem}`);
    console.log(`${misquotes.length} misquoted refs`);
    if (misquotes.length) process.exitCode = 1;
  });
}
