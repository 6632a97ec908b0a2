import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

/** Where the source documents are, for `npm run data:cite` in a copy (which has no ../shared/seeds beside it). */
export const sourcesDir = resolve(process.env.PLAN_SOURCES_DIR ?? join(repo, '../shared/seeds'));

/**
 * A throwaway copy of the project's data, its build scripts and their inputs (data/, src/, public/, package.json),
 * sharing node_modules: a plan can be added and built there without touching the committed public/ files.
 */
export function tempCopy(): { dir: string; run: (script: string, ...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'suzhou-plan-map-'));
  for (const part of ['data', 'src', 'public', 'package.json', 'tsconfig.json', 'tsconfig.node.json', 'tsconfig.app.json']) {
    if (existsSync(join(repo, part))) cpSync(join(repo, part), join(dir, part), { recursive: true, filter: (path) => !path.includes('/.work') });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  // The copy checks citations where the documents are; without them its `npm run data` checks none.
  const { PLAN_SOURCES_DIR: _unset, ...withoutSources } = process.env;
  const env = existsSync(sourcesDir) ? { ...process.env, PLAN_SOURCES_DIR: sourcesDir } : withoutSources;
  /** Runs an npm script in the copy; throws with its output if it fails. */
  const run = (script: string, ...args: string[]) => {
    try {
      return execFileSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      throw new Error(`npm run ${script} failed:\n${stdout}\n${stderr}`, { cause: error });
    }
  };
  return { dir, run };
}
