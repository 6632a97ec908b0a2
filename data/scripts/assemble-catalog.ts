import type { z } from 'zod';
import type { Catalog, Industry } from '../../src/data/catalog-schema.ts';
import { catalogSchema } from '../../src/data/catalog-schema.ts';
import { checkCatalogIntegrity } from '../../src/data/catalog-integrity.ts';
import {
  industriesFileSchema,
  metaFileSchema,
  planFileSchema,
  sectionsFileSchema,
  sourcesFileSchema,
  type PlanFile,
} from './authored-schema.ts';

/** One parsed authored file: its path (for messages) and its YAML content. */
export interface AuthoredFile {
  path: string;
  content: unknown;
}

export interface AuthoredData {
  meta: AuthoredFile;
  sources: AuthoredFile;
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

function parse<T>(schema: z.ZodType<T>, file: AuthoredFile, problems: string[]): T | undefined {
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

function collectPlan(file: PlanFile, path: string, catalog: Catalog, origins: Origins): void {
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
  for (const { zoneId, ...target } of file.targets) {
    catalog.targets.push({ ...target, scope: zoneId ? { planId, zoneId } : { planId } });
    origins.set(`targets[${target.id}]`, path);
  }
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
    if (parsed) collectPlan(parsed, file.path, catalog, origins);
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
