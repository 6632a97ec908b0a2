import type { z } from 'zod';
import type { Catalog, Industry, Name } from '../../src/data/catalog-schema.ts';
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
import type { CommaTrap } from './authored-yaml.ts';

/** One parsed authored file: its path (for messages), its YAML content and any comma traps in its text. */
export interface AuthoredFile {
  path: string;
  content: unknown;
  traps?: CommaTrap[];
}

export interface AuthoredData {
  meta: AuthoredFile;
  sources: AuthoredFile;
  units: AuthoredFile;
  /** Headings per source, generated from the documents (data/sections.yaml); optional. */
  sections?: AuthoredFile;
  industries: AuthoredFile[];
  plans: AuthoredFile[];
}

export class CatalogBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalog build failed:\n  ${problems.join('\n  ')}`);
  }
}

/** Turns a zod issue path into "zones[3] (id wz-east).industryIds[0]" so a planner finds the record. */
function describePath(content: unknown, path: PropertyKey[]): string {
  let node: unknown = content;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    if (typeof key === 'number' && typeof id === 'string') out += ` (id ${id})`;
  }
  return out || '(file)';
}

/** The comma traps of a file, each said so that a planner sees the cause and the cure at once. */
export const describeTraps = (file: AuthoredFile): string[] =>
  (file.traps ?? []).map(
    (trap) =>
      `${file.path}:${trap.line}: ${describePath(file.content, trap.path)}: "${trap.words}" is not a field: ` +
      'a comma inside an unquoted value of a { … } mapping ends the value; put the whole value in quotes',
  );

function parse<T>(schema: z.ZodType<T>, file: AuthoredFile, problems: string[]): T | undefined {
  // The text's own problem is the clearer message, and the schema's unknown-key complaint would repeat it.
  if (file.traps?.length) {
    problems.push(...describeTraps(file));
    return undefined;
  }
  const result = schema.safeParse(file.content);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file.path}: ${describePath(file.content, issue.path)}: ${issue.message}`);
  }
  return undefined;
}

function mergeIndustries(files: { path: string; items: Industry[] }[], problems: string[]): Industry[] {
  const byId = new Map<string, Industry & { path: string }>();
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

function collectPlan(file: PlanFile, path: string, catalog: Catalog, origins: Origins, unitOf: UnitOf): void {
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
function mirrorLinks(catalog: Catalog): void {
  const zones = new Map(catalog.zones.map((zone) => [zone.id, zone]));
  for (const carrier of catalog.carriers) {
    for (const zoneId of carrier.zoneIds) zones.get(zoneId)?.carrierIds.push(carrier.id);
  }
  for (const target of catalog.targets) {
    if (target.scope.zoneId) zones.get(target.scope.zoneId)?.targetIds.push(target.id);
  }
}

/** Validates every authored file and assembles the public catalog; throws one error listing every problem. */
export function assembleCatalog(data: AuthoredData): Catalog {
  const problems: string[] = [];
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
  const catalog: Catalog = {
    version: meta?.version ?? '0',
    sources,
    plans: [],
    zones: [],
    industries: mergeIndustries(industryFiles, problems),
    carriers: [],
    targets: [],
    indicatorTables: [],
  };
  const origins: Origins = new Map();
  for (const file of data.plans) {
    const parsed = parse(planFileSchema, file, problems);
    if (parsed) collectPlan(parsed, file.path, catalog, origins, unitOf);
  }
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
