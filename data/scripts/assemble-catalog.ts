import type { Catalog, Name } from '../../src/data/catalog-schema.ts';
import type { CodeTable } from '../../src/data/code-table.ts';
import { catalogSchema } from '../../src/data/catalog-schema.ts';
import { checkCatalogIntegrity } from '../../src/data/catalog-integrity.ts';
import {
  industriesFileSchema,
  metaFileSchema,
  planFileSchema,
  sectionsFileSchema,
  sourcesFileSchema,
  unitsFileSchema,
  type AuthoredTarget,
  type PlanFile,
} from './authored-schema.ts';
import { placeInFamilies, type AuthoredIndustry } from './assemble-families.ts';
import { attachTargetIndustries, readTasks } from './assemble-tasks.ts';
import { applyZoneEdits, type WrittenZoneEdits } from './apply-zone-edits.ts';
import { readCodeTable, type CodeFiles } from './code-tables.ts';
import { describePath, parse, type AuthoredFile } from './parse-authored.ts';

export { describeTraps, type AuthoredFile } from './parse-authored.ts';

export interface AuthoredData {
  meta: AuthoredFile;
  sources: AuthoredFile;
  units: AuthoredFile;
  /** Headings per source, generated from the documents (data/sections.yaml); optional. */
  sections?: AuthoredFile;
  industries: AuthoredFile[];
  plans: AuthoredFile[];
  /** data/families.yaml: every industry's family and codes. */
  families: AuthoredFile;
  /** data/tasks-2022.yaml: document 002's task list. */
  tasks?: AuthoredFile;
  /** data/target-industries.yaml: the industries sector targets measure. */
  targetIndustries?: AuthoredFile;
  /** data/codes/: the code tables every code is checked against. */
  codes?: CodeFiles;
}

export class CatalogBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalog build failed:\n  ${problems.join('\n  ')}`);
  }
}

function mergeIndustries(files: { path: string; items: AuthoredIndustry[] }[], problems: string[]): AuthoredIndustry[] {
  const byId = new Map<string, AuthoredIndustry & { path: string }>();
  for (const { path, items } of files) {
    for (const item of items) {
      const known = byId.get(item.id);
      if (!known) {
        byId.set(item.id, { ...item, aliases: [...item.aliases], path });
        continue;
      }
      if (known.name.zh !== item.name.zh || known.sector !== item.sector) {
        problems.push(`${path}: industry ${item.id}: name or sector differs from ${known.path}`);
      }
      for (const alias of item.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      known.name = { zh: known.name.zh, en: known.name.en ?? item.name.en };
    }
  }
  return [...byId.values()].map(({ path: _path, ...industry }) => industry);
}

/** Where each record was written, keyed like integrity locations: `zones[wz-east]` → data/plans/…yaml. */
type Origins = Map<string, string>;

/** Finds a target's unit: a key of data/units.yaml, or its own `{ zh, en }`; an unknown key is a problem. */
type UnitOf = (target: AuthoredTarget, where: string) => Name | undefined;

const unitLookup =
  (units: Map<string, Name>, problems: string[]): UnitOf =>
  (target, where) => {
    if (target.unit === undefined || typeof target.unit === 'object') return target.unit;
    const unit = units.get(target.unit);
    if (!unit) problems.push(`${where}.unit: "${target.unit}" is not in data/units.yaml`);
    return unit;
  };

function collectPlan(
  file: PlanFile,
  path: string,
  catalog: Omit<Catalog, 'industries'>,
  origins: Origins,
  unitOf: UnitOf,
): void {
  const planId = file.plan?.id ?? file.planId!;
  if (file.plan) {
    catalog.plans.push(file.plan);
    origins.set(`plans[${planId}]`, path);
  }
  for (const zone of file.zones) {
    catalog.zones.push({ ...zone, planId, carrierIds: [], targetIds: [] });
    origins.set(`zones[${zone.id}]`, path);
  }
  for (const carrier of file.carriers) {
    catalog.carriers.push(carrier);
    origins.set(`carriers[${carrier.id}]`, path);
  }
  file.targets.forEach((authored, i) => {
    const { zoneId, unit: _written, ...target } = authored;
    const unit = unitOf(authored, `${path}: targets[${i}] (id ${target.id})`);
    catalog.targets.push({ ...target, ...(unit && { unit }), scope: zoneId ? { planId, zoneId } : { planId } });
    origins.set(`targets[${target.id}]`, path);
  });
  for (const table of file.indicatorTables) {
    catalog.indicatorTables!.push({ ...table, planId });
    origins.set(`indicatorTables[${table.id}]`, path);
  }
}

function withOrigin(at: string, origins: Origins): string {
  const record = /^\w+\[[^\]]+\]/.exec(at)?.[0];
  const path = record ? origins.get(record) : undefined;
  return path ? `${path}: ${at}` : at;
}

/** Links that are authored once, on the carrier or the target, are mirrored onto the zone. */
function mirrorLinks(catalog: Pick<Catalog, 'zones' | 'carriers' | 'targets'>): void {
  const zones = new Map(catalog.zones.map((zone) => [zone.id, zone]));
  for (const carrier of catalog.carriers) {
    for (const zoneId of carrier.zoneIds) zones.get(zoneId)?.carrierIds.push(carrier.id);
  }
  for (const target of catalog.targets) {
    if (target.scope.zoneId) zones.get(target.scope.zoneId)?.targetIds.push(target.id);
  }
}

/** The code tables of data/codes/, checked; throws one error listing every problem. */
export function assembleCodeTable(data: AuthoredData): CodeTable | undefined {
  const problems: string[] = [];
  const version = parse(metaFileSchema, data.meta, problems)?.version ?? '0';
  const table = data.codes ? readCodeTable(data.codes, version, problems) : undefined;
  if (problems.length) throw new CatalogBuildError(problems);
  return table;
}

/** Validates every authored file and assembles the public catalog; throws one error listing every problem. */
export function assembleCatalog(data: AuthoredData): Catalog {
  const problems: string[] = [];
  const table = data.codes ? readCodeTable(data.codes, '', problems) : undefined;
  const meta = parse(metaFileSchema, data.meta, problems);
  const sections = data.sections ? (parse(sectionsFileSchema, data.sections, problems) ?? {}) : {};
  const sources = (parse(sourcesFileSchema, data.sources, problems) ?? []).map((source) =>
    sections[source.id] ? { ...source, sections: sections[source.id] } : source,
  );
  const units = new Map((parse(unitsFileSchema, data.units, problems) ?? []).map((unit) => [unit.zh, unit]));
  const unitOf = unitLookup(units, problems);
  const industryFiles = data.industries.map((file) => ({
    path: file.path,
    items: parse(industriesFileSchema, file, problems) ?? [],
  }));
  const { families, industries } = placeInFamilies(data.families, mergeIndustries(industryFiles, problems), table, problems);
  const catalog: Catalog = {
    version: meta?.version ?? '0',
    sources,
    plans: [],
    zones: [],
    industries,
    carriers: [],
    targets: [],
    families,
    tasks: data.tasks ? readTasks(data.tasks, problems) : [],
    indicatorTables: [],
  };
  const origins: Origins = new Map();
  const zoneEdits: WrittenZoneEdits[] = [];
  for (const file of data.plans) {
    const parsed = parse(planFileSchema, file, problems);
    if (!parsed) continue;
    collectPlan(parsed, file.path, catalog, origins, unitOf);
    if (parsed.zoneEdits.length) zoneEdits.push({ path: file.path, planId: parsed.plan?.id ?? parsed.planId!, edits: parsed.zoneEdits });
  }
  // After every file, so that an edit may come before the zone it changes.
  applyZoneEdits(catalog, zoneEdits, problems);
  for (const family of families) origins.set(`families[${family.id}]`, data.families.path);
  for (const task of catalog.tasks) origins.set(`tasks[${task.id}]`, data.tasks!.path);
  if (data.targetIndustries) attachTargetIndustries(data.targetIndustries, catalog.targets, problems);
  mirrorLinks(catalog);
  const order = meta?.planOrder ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  catalog.plans.sort((a, b) => rank(a.id) - rank(b.id));
  if (problems.length) throw new CatalogBuildError(problems);

  const checked = catalogSchema.safeParse(catalog);
  if (!checked.success) {
    throw new CatalogBuildError(checked.error.issues.map((i) => `catalog: ${describePath(catalog, i.path)}: ${i.message}`));
  }
  const integrity = checkCatalogIntegrity(checked.data);
  if (integrity.length) throw new CatalogBuildError(integrity.map((p) => `${withOrigin(p.at, origins)}: ${p.message}`));
  return checked.data;
}
