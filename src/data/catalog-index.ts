import type { Carrier, Catalog, Family, Industry, Plan, Target, Task, Zone } from './catalog-schema';

/** Lookups both ways (zone → industries, industry → zones …), built once per catalog. */
export interface CatalogIndex {
  catalog: Catalog;
  plan: (id: string) => Plan | undefined;
  zone: (id: string) => Zone | undefined;
  industry: (id: string) => Industry | undefined;
  carrier: (id: string) => Carrier | undefined;
  target: (id: string) => Target | undefined;
  family: (id: string) => Family | undefined;
  /** The industries of a family, in the family's order. */
  industriesOfFamily: (familyId: string) => Industry[];
  /** Targets that measure the industry (a sector target of document 002 附件1, for instance). */
  targetsOfIndustry: (industryId: string) => Target[];
  /** 2022 tasks about the industry, and tasks that name the carrier. */
  tasksOfIndustry: (industryId: string) => Task[];
  tasksOfCarrier: (carrierId: string) => Task[];
  zonesOfPlan: (planId: string) => Zone[];
  /** Plan-wide targets: those scoped to the plan with no zone. */
  planTargets: (planId: string) => Target[];
  /** Zones assigned the industry directly or through one of their carriers. */
  zonesOfIndustry: (industryId: string) => Zone[];
  carriersOfIndustry: (industryId: string) => Carrier[];
  /** Industries of a zone and of its carriers, the zone's own first. */
  industriesOfZone: (zoneId: string) => Industry[];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function indexCatalog(catalog: Catalog): CatalogIndex {
  const plans = byId(catalog.plans);
  const zones = byId(catalog.zones);
  const industries = byId(catalog.industries);
  const carriers = byId(catalog.carriers);
  const targets = byId(catalog.targets);
  const families = byId(catalog.families);
  const targetsByIndustry = groupBy(catalog.targets, (t) => t.industryIds ?? []);
  const tasksByIndustry = groupBy(catalog.tasks, (t) => t.industryIds);
  const tasksByCarrier = groupBy(catalog.tasks, (t) => t.carrierIds);
  const zonesByPlan = groupBy(catalog.zones, (z) => [z.planId]);
  const planTargets = groupBy(
    catalog.targets.filter((t) => !t.scope.zoneId),
    (t) => [t.scope.planId],
  );
  const carriersByIndustry = groupBy(catalog.carriers, (c) => c.industryIds);
  const zonesByIndustry = groupBy(catalog.zones, (zone) => [
    ...zone.industryIds,
    ...zone.carrierIds.flatMap((id) => carriers.get(id)?.industryIds ?? []),
  ]);

  return {
    catalog,
    plan: (id) => plans.get(id),
    zone: (id) => zones.get(id),
    industry: (id) => industries.get(id),
    carrier: (id) => carriers.get(id),
    target: (id) => targets.get(id),
    family: (id) => families.get(id),
    industriesOfFamily: (familyId) => families.get(familyId)?.industryIds.flatMap((id) => industries.get(id) ?? []) ?? [],
    targetsOfIndustry: (industryId) => targetsByIndustry.get(industryId) ?? [],
    tasksOfIndustry: (industryId) => tasksByIndustry.get(industryId) ?? [],
    tasksOfCarrier: (carrierId) => tasksByCarrier.get(carrierId) ?? [],
    zonesOfPlan: (planId) => zonesByPlan.get(planId) ?? [],
    planTargets: (planId) => planTargets.get(planId) ?? [],
    zonesOfIndustry: (industryId) => zonesByIndustry.get(industryId) ?? [],
    carriersOfIndustry: (industryId) => carriersByIndustry.get(industryId) ?? [],
    industriesOfZone: (zoneId) => {
      const zone = zones.get(zoneId);
      if (!zone) return [];
      const ids = new Set([...zone.industryIds, ...zone.carrierIds.flatMap((id) => carriers.get(id)?.industryIds ?? [])]);
      return [...ids].flatMap((id) => industries.get(id) ?? []);
    },
  };
}
