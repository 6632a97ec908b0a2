import type { Carrier, Catalog, Ref, Target } from '../../src/data/catalog-schema.ts';
import { namedPlacesText } from './named-places-file.ts';
import { isMain, readBuiltCatalog, runScript } from './script-io.ts';

/**
 * `npm run data:report`: how complete the catalog is, per plan and per zone, and where the gaps are; then, with the
 * documents at hand, the named places they give that the catalog has not recorded (named-places.ts).
 * Reads public/data/catalog.json (run `npm run data:build` first).
 */

/** The counts of one row of the report: a plan (its records counted once each) or a zone. */
export interface Counts {
  zones: number;
  industries: number;
  carriers: number;
  carriersWithCoord: number;
  carriersWithoutCoord: number;
  targets: number;
  quantitativeTargets: number;
  qualitativeTargets: number;
  refs: number;
  inferredRefs: number;
}

export interface ZoneRow extends Counts {
  id: string;
  planId: string;
}

export interface PlanRow extends Counts {
  id: string;
}

export interface Gaps {
  zonesWithoutCarrier: string[];
  zonesWithoutTarget: string[];
  /** industry id → the one zone that uses it (directly or through one of its carriers) */
  industriesInOneZone: { id: string; zoneId: string }[];
  /** industries that no zone uses, only carriers without a zone */
  industriesInNoZone: string[];
  carriersWithoutZone: string[];
}

export interface Report {
  plans: PlanRow[];
  zones: ZoneRow[];
  total: PlanRow;
  gaps: Gaps;
}

/** A target is quantitative when at least one of its values is a number; otherwise (text, 高于GDP增速 …) qualitative. */
export const isQuantitative = (target: Target): boolean =>
  Object.values(target.values).some((value) => typeof value === 'number');

/** Zone, carrier and target ids start with their plan's prefix (`wz-east`, `szi-sip`): the part before the first `-`. */
const prefixOf = (id: string) => id.split('-')[0]!;

function count(
  zones: number,
  industryIds: Iterable<string>,
  carriers: Carrier[],
  targets: Target[],
  refs: Ref[],
): Counts {
  const quantitative = targets.filter(isQuantitative).length;
  const withCoord = carriers.filter((carrier) => carrier.coord).length;
  return {
    zones,
    industries: new Set(industryIds).size,
    carriers: carriers.length,
    carriersWithCoord: withCoord,
    carriersWithoutCoord: carriers.length - withCoord,
    targets: targets.length,
    quantitativeTargets: quantitative,
    qualitativeTargets: targets.length - quantitative,
    refs: refs.length,
    inferredRefs: refs.filter((ref) => ref.basis === 'inferred').length,
  };
}

/**
 * Counts the catalog. A zone's row covers the zone and the carriers and targets attached to it; a plan's row
 * counts each of its records once (plan-level targets and carriers without a zone included). A carrier without
 * a zone belongs to the plan whose zone ids share its id prefix.
 */
export function countCatalog(catalog: Catalog): Report {
  const carriersById = new Map(catalog.carriers.map((carrier) => [carrier.id, carrier]));
  const targetsById = new Map(catalog.targets.map((target) => [target.id, target]));
  const planOfZone = new Map(catalog.zones.map((zone) => [zone.id, zone.planId]));
  const planOfPrefix = new Map(catalog.zones.map((zone) => [prefixOf(zone.id), zone.planId]));
  const planOfCarrier = (carrier: Carrier) =>
    carrier.zoneIds.map((id) => planOfZone.get(id)).find(Boolean) ?? planOfPrefix.get(prefixOf(carrier.id));

  const zones: ZoneRow[] = catalog.zones.map((zone) => {
    const carriers = zone.carrierIds.flatMap((id) => carriersById.get(id) ?? []);
    const targets = zone.targetIds.flatMap((id) => targetsById.get(id) ?? []);
    const refs = [zone, ...carriers, ...targets].flatMap((record) => record.refs);
    const industryIds = [...zone.industryIds, ...carriers.flatMap((carrier) => carrier.industryIds)];
    return { id: zone.id, planId: zone.planId, ...count(1, industryIds, carriers, targets, refs) };
  });

  const countRecords = (planIds: Set<string>): Counts => {
    const planZones = catalog.zones.filter((zone) => planIds.has(zone.planId));
    const carriers = catalog.carriers.filter((carrier) => planIds.has(planOfCarrier(carrier) ?? ''));
    const targets = catalog.targets.filter((target) => planIds.has(target.scope.planId));
    const plans = catalog.plans.filter((plan) => planIds.has(plan.id));
    const refs = [...plans, ...planZones, ...carriers, ...targets].flatMap((record) => record.refs);
    const industryIds = [...planZones, ...carriers].flatMap((record) => record.industryIds);
    return count(planZones.length, industryIds, carriers, targets, refs);
  };
  const plans = catalog.plans.map((plan) => ({ id: plan.id, ...countRecords(new Set([plan.id])) }));
  const total = { id: 'all plans', ...countRecords(new Set(catalog.plans.map((plan) => plan.id))) };
  // Industries: the catalog counts each once, whichever plans use it.
  total.industries = new Set(
    [...catalog.zones, ...catalog.carriers].flatMap((record) => record.industryIds),
  ).size;

  const zonesOfIndustry = new Map<string, Set<string>>(catalog.industries.map((industry) => [industry.id, new Set()]));
  for (const zone of catalog.zones) {
    const carriers = zone.carrierIds.flatMap((id) => carriersById.get(id) ?? []);
    for (const id of [...zone.industryIds, ...carriers.flatMap((carrier) => carrier.industryIds)]) {
      zonesOfIndustry.get(id)?.add(zone.id);
    }
  }
  const gaps: Gaps = {
    zonesWithoutCarrier: catalog.zones.filter((zone) => zone.carrierIds.length === 0).map((zone) => zone.id),
    zonesWithoutTarget: catalog.zones.filter((zone) => zone.targetIds.length === 0).map((zone) => zone.id),
    industriesInOneZone: [...zonesOfIndustry]
      .filter(([, zoneIds]) => zoneIds.size === 1)
      .map(([id, zoneIds]) => ({ id, zoneId: [...zoneIds][0]! })),
    industriesInNoZone: [...zonesOfIndustry].filter(([, zoneIds]) => zoneIds.size === 0).map(([id]) => id),
    carriersWithoutZone: catalog.carriers.filter((carrier) => carrier.zoneIds.length === 0).map((carrier) => carrier.id),
  };
  return { plans, zones, total, gaps };
}

/** Left-aligns the first column, right-aligns the others. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const header = (first: string) => [first, 'zones', 'industries', 'carriers', 'coord', 'no coord', 'targets', 'quant.', 'qual.', 'refs', 'inferred'];
const cells = (name: string, c: Counts) =>
  [name, ...[c.zones, c.industries, c.carriers, c.carriersWithCoord, c.carriersWithoutCoord, c.targets,
    c.quantitativeTargets, c.qualitativeTargets, c.refs, c.inferredRefs].map(String)];

/** The per-plan totals: the table data/README.md shows. */
export const formatSummary = (report: Report): string =>
  formatTable(header('plan'), [...report.plans.map((plan) => cells(plan.id, plan)), cells(report.total.id, report.total)]);

const list = (title: string, items: string[]) =>
  `${title} (${items.length})${items.length ? `:\n${items.map((item) => `  ${item}`).join('\n')}` : ''}`;

export function formatReport(report: Report): string {
  const zoneTables = report.plans.map((plan) =>
    formatTable(
      header(`zones of ${plan.id}`).filter((title) => title !== 'zones'),
      report.zones
        .filter((zone) => zone.planId === plan.id)
        .map((zone) => cells(zone.id, zone).filter((_, i) => i !== 1)),
    ),
  );
  const { gaps } = report;
  return [
    'Per plan (each record counted once; carriers without a zone count with their plan)',
    formatSummary(report),
    'Per zone (the zone with its carriers and targets; industries of the zone and of its carriers)',
    ...zoneTables,
    'Gaps',
    list('zones with no carrier', gaps.zonesWithoutCarrier),
    list('zones with no target', gaps.zonesWithoutTarget),
    list('industries used by only one zone', gaps.industriesInOneZone.map(({ id, zoneId }) => `${id.padEnd(45)} ${zoneId}`)),
    list('industries used by no zone (carriers without a zone only)', gaps.industriesInNoZone),
    list('carriers without a zone', gaps.carriersWithoutZone),
  ].join('\n\n');
}

// `npm run data:report`, after data:build
if (isMain(import.meta.url)) {
  runScript(() => {
    const catalog = readBuiltCatalog();
    console.log(formatReport(countCatalog(catalog)));
    console.log(`\n${namedPlacesText(catalog)}`);
  });
}
