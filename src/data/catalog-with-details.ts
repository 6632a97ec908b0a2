import type { Catalog } from './catalog-schema';
import type { PlanDetail } from './plan-detail';

// Apart from plan-detail.ts, whose schema needs the full zod: the hooks that merge run on the first view's path.

const uniqueById = <T extends { id: string }>(items: T[]): T[] => [...new Map(items.map((item) => [item.id, item])).values()];

/**
 * The index's catalog with the loaded plans' details in place of their rows: their plans, zones and carriers
 * whole, their targets, tasks, tables and sources added. Plans not loaded keep the index's rows (names,
 * kinds, industry and carrier ids; no references).
 */
export function catalogWithDetails(base: Catalog, details: readonly PlanDetail[]): Catalog {
  if (details.length === 0) return base;
  const plans = new Map(details.map((detail) => [detail.planId, detail.plan]));
  const zones = new Map(details.flatMap((detail) => detail.zones).map((zone) => [zone.id, zone]));
  const carriers = new Map(details.flatMap((detail) => detail.carriers).map((carrier) => [carrier.id, carrier]));
  return {
    ...base,
    sources: uniqueById(details.flatMap((detail) => detail.sources)).sort((a, b) => a.id.localeCompare(b.id)),
    plans: base.plans.map((plan) => plans.get(plan.id) ?? plan),
    zones: base.zones.map((zone) => zones.get(zone.id) ?? zone),
    carriers: base.carriers.map((carrier) => carriers.get(carrier.id) ?? carrier),
    targets: uniqueById(details.flatMap((detail) => detail.targets)),
    tasks: uniqueById(details.flatMap((detail) => detail.tasks)),
    indicatorTables: uniqueById(details.flatMap((detail) => detail.indicatorTables)),
  };
}
