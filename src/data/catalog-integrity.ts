import type { Catalog } from './catalog-schema';

/** A problem found in the catalog, with a JSON-path-like location, e.g. `zones[wz-east].industryIds`. */
export interface IntegrityProblem {
  at: string;
  message: string;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/**
 * Checks what zod cannot: unique ids, every reference resolves, and the two directions of each
 * zone↔carrier and zone↔target link agree. Pure, so the build, the tests and the app share it.
 */
export function checkCatalogIntegrity(catalog: Catalog): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const report = (at: string, message: string) => problems.push({ at, message });

  const lists = {
    sources: catalog.sources,
    plans: catalog.plans,
    zones: catalog.zones,
    industries: catalog.industries,
    carriers: catalog.carriers,
    targets: catalog.targets,
    families: catalog.families,
    tasks: catalog.tasks,
  } as const;
  for (const [list, items] of Object.entries(lists)) {
    for (const id of duplicates(items.map((item) => item.id))) report(`${list}[${id}]`, `duplicate id "${id}"`);
  }

  const sourceIds = new Set(catalog.sources.map((s) => s.id));
  const planIds = new Set(catalog.plans.map((p) => p.id));
  const zonesById = new Map(catalog.zones.map((z) => [z.id, z]));
  const industryIds = new Set(catalog.industries.map((i) => i.id));
  const carriersById = new Map(catalog.carriers.map((c) => [c.id, c]));
  const targetsById = new Map(catalog.targets.map((t) => [t.id, t]));

  const checkRefs = (at: string, refs: { source: string }[]) =>
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref.source)) report(`${at}.refs[${i}].source`, `unknown source "${ref.source}"`);
    });
  const checkIds = (at: string, ids: string[], known: { has(id: string): boolean }, what: string) =>
    ids.forEach((id) => {
      if (!known.has(id)) report(at, `unknown ${what} "${id}"`);
    });

  for (const plan of catalog.plans) {
    if (!sourceIds.has(plan.source)) report(`plans[${plan.id}].source`, `unknown source "${plan.source}"`);
    checkRefs(`plans[${plan.id}]`, plan.refs);
  }

  for (const zone of catalog.zones) {
    const at = `zones[${zone.id}]`;
    if (!planIds.has(zone.planId)) report(`${at}.planId`, `unknown plan "${zone.planId}"`);
    if (zone.parentId) {
      const parent = zonesById.get(zone.parentId);
      if (!parent) report(`${at}.parentId`, `unknown zone "${zone.parentId}"`);
      else if (parent.planId !== zone.planId) report(`${at}.parentId`, `parent "${zone.parentId}" is in another plan`);
    }
    checkIds(`${at}.industryIds`, zone.industryIds, industryIds, 'industry');
    checkIds(`${at}.carrierIds`, zone.carrierIds, carriersById, 'carrier');
    checkIds(`${at}.targetIds`, zone.targetIds, targetsById, 'target');
    for (const id of zone.carrierIds) {
      const carrier = carriersById.get(id);
      if (carrier && !carrier.zoneIds.includes(zone.id)) report(`${at}.carrierIds`, `carrier "${id}" does not list this zone`);
    }
    for (const id of zone.targetIds) {
      const target = targetsById.get(id);
      if (target && target.scope.zoneId !== zone.id) report(`${at}.targetIds`, `target "${id}" is scoped elsewhere`);
    }
    checkRefs(at, zone.refs);
    const own = new Set([...zone.industryIds, ...zone.carrierIds.flatMap((id) => carriersById.get(id)?.industryIds ?? [])]);
    zone.core?.forEach((core, i) => {
      for (const id of core.industryIds) if (!own.has(id)) report(`${at}.core[${i}]`, `"${id}" is not one of the zone's industries`);
      checkRefs(`${at}.core[${i}]`, core.refs);
    });
  }

  for (const carrier of catalog.carriers) {
    const at = `carriers[${carrier.id}]`;
    checkIds(`${at}.zoneIds`, carrier.zoneIds, zonesById, 'zone');
    checkIds(`${at}.industryIds`, carrier.industryIds, industryIds, 'industry');
    for (const zoneId of carrier.zoneIds) {
      const zone = zonesById.get(zoneId);
      if (zone && !zone.carrierIds.includes(carrier.id)) report(`${at}.zoneIds`, `zone "${zoneId}" does not list this carrier`);
    }
    if (carrier.coord && !carrier.precision) report(`${at}.precision`, 'a carrier with coord needs a precision');
    checkRefs(at, carrier.refs);
  }

  for (const target of catalog.targets) {
    const at = `targets[${target.id}]`;
    if (!planIds.has(target.scope.planId)) report(`${at}.scope.planId`, `unknown plan "${target.scope.planId}"`);
    const zone = target.scope.zoneId ? zonesById.get(target.scope.zoneId) : undefined;
    if (target.scope.zoneId && !zone) report(`${at}.scope.zoneId`, `unknown zone "${target.scope.zoneId}"`);
    if (zone && !zone.targetIds.includes(target.id)) report(`${at}.scope.zoneId`, `zone "${zone.id}" does not list this target`);
    if (Object.keys(target.values).length === 0 && !target.text) report(at, 'a target needs values or text');
    checkIds(`${at}.industryIds`, target.industryIds ?? [], industryIds, 'industry');
    checkRefs(at, target.refs);
  }

  const familiesById = new Map(catalog.families.map((f) => [f.id, f]));
  for (const industry of catalog.industries) {
    const family = familiesById.get(industry.familyId);
    if (!family) report(`industries[${industry.id}].familyId`, `unknown family "${industry.familyId}"`);
    else if (!family.industryIds.includes(industry.id)) report(`industries[${industry.id}].familyId`, `family "${family.id}" does not list this industry`);
  }
  for (const family of catalog.families) {
    const at = `families[${family.id}]`;
    checkIds(`${at}.industryIds`, family.industryIds, industryIds, 'industry');
    if (family.codes.gbt4754.length === 0) report(`${at}.codes.gbt4754`, 'a family needs at least one GB/T 4754 code');
  }

  for (const task of catalog.tasks) {
    const at = `tasks[${task.id}]`;
    checkIds(`${at}.industryIds`, task.industryIds, industryIds, 'industry');
    checkIds(`${at}.carrierIds`, task.carrierIds, carriersById, 'carrier');
    checkRefs(at, task.refs);
  }

  const tabled = new Map<string, string>();
  for (const table of catalog.indicatorTables ?? []) {
    const at = `indicatorTables[${table.id}]`;
    if (!planIds.has(table.planId)) report(`${at}.planId`, `unknown plan "${table.planId}"`);
    checkRefs(at, table.refs);
    table.groups.forEach((group, i) => {
      checkRefs(`${at}.groups[${i}]`, group.refs);
      for (const id of group.targetIds) {
        const target = targetsById.get(id);
        if (!target) report(`${at}.groups[${i}]`, `unknown target "${id}"`);
        else if (target.scope.planId !== table.planId || target.scope.zoneId) report(`${at}.groups[${i}]`, `target "${id}" is not a plan-wide target of ${table.planId}`);
        if (tabled.has(id)) report(`${at}.groups[${i}]`, `target "${id}" is already in ${tabled.get(id)}`);
        tabled.set(id, table.id);
      }
    });
  }

  return problems;
}
