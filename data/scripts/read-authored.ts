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
    throw new Error(`${shown}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/** By name without `.yaml`, so a plan's own file (`wz-services-2021`) comes before its supplements (`…-carriers`). */
const byBaseName = (a: string, b: string) => (a.slice(0, -5) < b.slice(0, -5) ? -1 : 1);

function readFolder(folder: string): AuthoredFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort(byBaseName)
    .map((name) => readYaml(join(folder, name)));
}

/** Reads every authored file under data/ (meta, sources, units, sections, industries/*, plans/*, families, tasks, codes/*). */
export function readAuthoredData(dir = dataDir): AuthoredData {
  const optional = (name: string) => (existsSync(join(dir, name)) ? readYaml(join(dir, name)) : undefined);
  const codes = existsSync(join(dir, 'codes'))
    ? {
        gbt4754: readYaml(join(dir, 'codes/gbt4754-2017.yaml')),
        sei2018: readYaml(join(dir, 'codes/sei-2018.yaml')),
        services: readYaml(join(dir, 'codes/services-2019.yaml')),
      }
    : undefined;
  return {
    meta: readYaml(join(dir, 'meta.yaml')),
    sources: readYaml(join(dir, 'sources.yaml')),
    units: readYaml(join(dir, 'units.yaml')),
    sections: optional('sections.yaml'),
    industries: readFolder(join(dir, 'industries')),
    plans: readFolder(join(dir, 'plans')),
    families: readYaml(join(dir, 'families.yaml')),
    tasks: optional('tasks-2022.yaml'),
    targetIndustries: optional('target-industries.yaml'),
    codes,
  };
}

/** Every file of the authored data, one list, for checks that hold for all of them. */
export const authoredFiles = (data: AuthoredData): AuthoredFile[] =>
  [
    data.meta,
    data.sources,
    data.units,
    data.sections,
    ...data.industries,
    ...data.plans,
    data.families,
    data.tasks,
    data.targetIndustries,
    ...Object.values(data.codes ?? {}),
  ].filter((file): file is AuthoredFile => Boolean(file));
