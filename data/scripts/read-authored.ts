import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AuthoredData, AuthoredFile } from './assemble-catalog.ts';
import { parseAuthoredYaml } from './authored-yaml.ts';

export const dataDir = new URL('..', import.meta.url).pathname;
export const repoDir = join(dataDir, '..');

export function readYaml(path: string): AuthoredFile {
  const shown = relative(repoDir, path);
  try {
    return { path: shown, ...parseAuthoredYaml(readFileSync(path, 'utf8')) };
  } catch (error) {
    throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`);
  }
}

function readFolder(folder: string): AuthoredFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readYaml(join(folder, name)));
}

/** Reads every authored file of the catalog under data/ (meta, sources, units, sections, industries/*, plans/*). */
export function readAuthoredData(dir = dataDir): AuthoredData {
  return {
    meta: readYaml(join(dir, 'meta.yaml')),
    sources: readYaml(join(dir, 'sources.yaml')),
    units: readYaml(join(dir, 'units.yaml')),
    sections: existsSync(join(dir, 'sections.yaml')) ? readYaml(join(dir, 'sections.yaml')) : undefined,
    industries: readFolder(join(dir, 'industries')),
    plans: readFolder(join(dir, 'plans')),
  };
}
