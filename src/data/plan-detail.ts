import { z } from 'zod';
import {
  carrierSchema,
  indicatorTableSchema,
  planSchema,
  sourceSchema,
  targetSchema,
  taskSchema,
  zoneSchema,
  type Catalog,
  type Plan,
  type Ref,
} from './catalog-schema';

/**
 * `data/plan-details/<planId>.json`: what a plan's cards cite and the index leaves out — the plan's references,
 * its zones and carriers whole (roles, districts, areas, core industries, references), its targets and
 * indicator tables, the 2022 tasks that name its carriers or industries, and the sources all of them cite.
 * Fetched when something shows the plan in detail, so the first view stays the same size however many plans
 * there are.
 */
export const planDetailSchema = z
  .strictObject({
    version: z.string().min(1),
    planId: z.string().min(1),
    plan: planSchema,
    sources: z.array(sourceSchema),
    zones: z.array(zoneSchema),
    carriers: z.array(carrierSchema),
    targets: z.array(targetSchema),
    tasks: z.array(taskSchema),
    indicatorTables: z.array(indicatorTableSchema),
  })
  .superRefine((detail, ctx) => {
    const foreign = (path: (string | number)[], planId: string) => {
      if (planId !== detail.planId) ctx.addIssue({ code: 'custom', path, message: `belongs to plan "${planId}", not "${detail.planId}"` });
    };
    foreign(['plan', 'id'], detail.plan.id);
    detail.zones.forEach((zone, i) => foreign(['zones', i, 'planId'], zone.planId));
    detail.targets.forEach((target, i) => foreign(['targets', i, 'scope', 'planId'], target.scope.planId));
    detail.indicatorTables.forEach((table, i) => foreign(['indicatorTables', i, 'planId'], table.planId));
  });

export type PlanDetail = z.infer<typeof planDetailSchema>;

export { planDetailFile } from './plan-detail-file';

const ofIds = <T extends { id: string }>(items: T[], ids: Set<string>): T[] => items.filter((item) => ids.has(item.id));

/** A plan's detail as the data build writes it, cut from the whole catalog. */
export function planDetailOf(catalog: Catalog, plan: Plan): PlanDetail {
  const zones = catalog.zones.filter((zone) => zone.planId === plan.id);
  const zoneIds = new Set(zones.map((zone) => zone.id));
  const ownCarriers = catalog.carriers.filter(
    (carrier) => carrier.zoneIds.some((id) => zoneIds.has(id)) || (carrier.zoneIds.length === 0 && carrier.refs.some((ref) => ref.source === plan.source)),
  );
  const carrierIds = new Set(ownCarriers.map((carrier) => carrier.id));
  const industryIds = new Set([...zones, ...ownCarriers].flatMap((item) => item.industryIds));
  const targets = catalog.targets.filter((target) => target.scope.planId === plan.id);
  const indicatorTables = (catalog.indicatorTables ?? []).filter((table) => table.planId === plan.id);
  const sourcesOf = (items: { refs: Ref[] }[]) => items.flatMap((item) => item.refs.map((ref) => ref.source));
  const citedByPlan = new Set([plan.source, ...sourcesOf([plan, ...zones, ...ownCarriers, ...targets, ...indicatorTables, ...indicatorTables.flatMap((t) => t.groups)])]);
  // A task comes with the plans whose carriers or industries it names, and with the plan that cites its list
  // (the city plan whose annex the 2022 task list is), so every task is in some plan's detail.
  const tasks = catalog.tasks.filter(
    (task) =>
      task.carrierIds.some((id) => carrierIds.has(id)) ||
      task.industryIds.some((id) => industryIds.has(id)) ||
      task.refs.some((ref) => citedByPlan.has(ref.source)),
  );
  // Carriers in no zone that a task names (a platform of the task list alone) come with the task.
  const planless = new Set(catalog.carriers.filter((carrier) => carrier.zoneIds.length === 0).map((carrier) => carrier.id));
  const taskCarrierIds = new Set(tasks.flatMap((task) => task.carrierIds).filter((id) => planless.has(id)));
  const carriers = ofIds(catalog.carriers, new Set([...carrierIds, ...taskCarrierIds]));
  const cited = new Set([...citedByPlan, ...sourcesOf([...carriers, ...tasks])]);
  return {
    version: catalog.version,
    planId: plan.id,
    plan,
    sources: ofIds(catalog.sources, cited),
    zones,
    carriers,
    targets,
    tasks,
    indicatorTables,
  };
}
