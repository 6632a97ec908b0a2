import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { parseCatalog } from '../../src/data/load-catalog.ts';
import { repoDir } from './read-authored.ts';

/*
 * The one shape of a data script: it exports functions that take where to read and write (so tests can build
 * into a temporary folder), and ends with a small CLI entry, `if (isMain(import.meta.url)) runScript(…)`.
 */

/** Where the built files go: public/data/*.json and public/geojson/*.geojson below it. */
export const publicDir = join(repoDir, 'public');

/** The planning documents, for the scripts that quote or scan them. */
export const sourcesDir = process.env.PLAN_SOURCES_DIR ?? join(repoDir, '../shared/seeds');

/** The built catalog, read as the app reads it (schema and integrity checked), by every script that needs it. */
export function readBuiltCatalog(outDir = publicDir): Catalog {
  const path = join(outDir, 'data/catalog.json');
  return parseCatalog('public/data/catalog.json', JSON.parse(readFileSync(path, 'utf8')));
}

/** Writes `text` to `path` below `outDir`, making its folder. */
export function writeBuilt(outDir: string, path: string, text: string): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** True when the module at `moduleUrl` is the script node was started with, not an import of it. */
export const isMain = (moduleUrl: string): boolean => Boolean(process.argv[1]) && moduleUrl === pathToFileURL(process.argv[1]!).href;

/** Runs a script's entry: a failure prints its message (every build error names the file and field) and exits 1. */
export function runScript(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
