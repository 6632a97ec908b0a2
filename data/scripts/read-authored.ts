import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AuthoredData, AuthoredFile } from './assemble-catalog.ts';

export const dataDir = new URL('..', import.meta.url).pathname;
export const repoDir = join(dataDir, '..');

function readYaml(path: string): AuthoredFile {
  const shown = relative(repoDir, path);
  try {
    return { path: shown, content: parseYaml(readFileSync(path, 'utf8')) };
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

/** Reads every authored file under data/ (meta, sources, sections, industries/*, plans/*, families, tasks, codes/*). */
export function readAuthoredData(dir = dataDir): AuthoredData {
  return {
    meta: readYaml(join(dir, 'meta.yaml')),
    sources: readYaml(join(dir, 'sources.yaml')),
    sections: existsSync(join(dir, 'sections.yaml')) ? readYaml(join(dir, 'sections.yaml')) : undefined,
    industries: readFolder(join(dir, 'industries')),
    plans: readFolder(join(dir, 'plans')),
    families: readYaml(join(dir, 'families.yaml')),
    tasks: readYaml(join(dir, 'tasks-2022.yaml')),
    targetIndustries: readYaml(join(dir, 'target-industries.yaml')),
    codes: {
      gbt4754: readYaml(join(dir, 'codes/gbt4754-2017.yaml')),
      sei2018: readYaml(join(dir, 'codes/sei-2018.yaml')),
      services: readYaml(join(dir, 'codes/services-2019.yaml')),
    },
  };
}
