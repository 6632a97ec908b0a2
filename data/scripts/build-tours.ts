import { join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { toursSchema, type Tour } from '../../src/data/tour-schema.ts';
import { describeTraps } from './assemble-catalog.ts';
import { dataDir, readYaml } from './read-authored.ts';
import { isMain, publicDir, readBuiltCatalog, runScript, writeBuilt } from './script-io.ts';

/** What a problem is about: `tour <id> step <n>` (1-based, as a presenter counts) or the field path. */
function where(content: unknown, path: PropertyKey[]): string {
  const [tourAt, field, stepAt] = path;
  const tour = Array.isArray(content) && typeof tourAt === 'number' ? (content[tourAt] as { id?: unknown }) : undefined;
  const tourName = tour && typeof tour.id === 'string' ? `tour ${tour.id}` : `tour #${String(tourAt)}`;
  if (path.length === 0) return '(root)';
  if (field === 'steps' && typeof stepAt === 'number') return `${tourName} step ${stepAt + 1}: ${path.slice(3).join('.') || 'step'}`;
  return `${tourName}: ${path.slice(1).join('.') || 'tour'}`;
}

/**
 * Validates authored tours against the catalog; every problem names the file, the tour and the step.
 * Returns the tours when there is no problem.
 */
export function validateTours(file: string, content: unknown, catalog: Catalog): { tours?: Tour[]; problems: string[] } {
  const parsed = toursSchema.safeParse(content);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${file}: ${where(content, i.path)}: ${i.message}`) };
  const zones = new Set(catalog.zones.map((z) => z.id));
  const plans = new Set(catalog.plans.map((p) => p.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const tour of parsed.data) {
    if (seen.has(tour.id)) problems.push(`${file}: tour ${tour.id}: id is used twice`);
    seen.add(tour.id);
    for (const planId of tour.planIds) {
      if (!plans.has(planId)) problems.push(`${file}: tour ${tour.id}: planIds: no plan "${planId}" in public/data/catalog.json`);
    }
    tour.steps.forEach((step, i) => {
      for (const zoneId of [step.zoneId, ...(step.frame?.zoneIds ?? [])]) {
        if (!zones.has(zoneId)) problems.push(`${file}: tour ${tour.id} step ${i + 1}: no zone "${zoneId}" in public/data/catalog.json`);
      }
    });
  }
  return problems.length ? { problems } : { tours: parsed.data, problems };
}

/** data/tours.yaml → data/tours.json below `outDir`, checked against the built catalog there. */
export function buildTours(outDir = publicDir): string {
  const authored = readYaml(join(dataDir, 'tours.yaml'));
  const traps = describeTraps(authored);
  if (traps.length) throw new Error(traps.join('\n'));
  const { tours, problems } = validateTours(authored.path, authored.content, readBuiltCatalog(outDir));
  if (!tours) throw new Error(problems.join('\n'));
  writeBuilt(outDir, 'data/tours.json', `${JSON.stringify(tours, null, 1)}\n`);
  return `tours: ${tours.length} tours, ${tours.reduce((n, t) => n + t.steps.length, 0)} steps`;
}

// `npm run data:tours`, after data:build
if (isMain(import.meta.url)) runScript(() => console.log(buildTours()));
