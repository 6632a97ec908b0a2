import type { CatalogIndex } from '../../data/catalog-index';
import type { Family, Industry, Plan, Zone } from '../../data/catalog-schema';
import { sectorOrder } from '../../i18n/terms';

/** What the columns are: sectors, industry families, or the most assigned industries. */
export type MatrixMode = 'sectors' | 'families' | 'top';

export type MatrixColumn =
  | { id: string; kind: 'sector'; sector: Industry['sector'] }
  | { id: string; kind: 'family'; family: Family }
  | { id: string; kind: 'industry'; industry: Industry };

export interface MatrixRow {
  zone: Zone;
  /** One per column, in column order: the zone's industries (own and through its carriers) that fall in it. */
  cells: Industry[][];
}

export interface MatrixGroup {
  plan: Plan;
  rows: MatrixRow[];
}

export interface Matrix {
  columns: MatrixColumn[];
  groups: MatrixGroup[];
  /** Per column, how many zones have at least one of its industries: where the gaps are. */
  zoneTotals: number[];
  /** The largest cell, for shading relative to what this view holds. */
  max: number;
}

export const DEFAULT_TOP_N = 12;

/** The industries most often assigned across the given zones; ties keep catalog order so the view is stable. */
function topIndustries(index: CatalogIndex, zones: Zone[], n: number): Industry[] {
  const counts = new Map<string, number>();
  for (const zone of zones) {
    for (const industry of index.industriesOfZone(zone.id)) counts.set(industry.id, (counts.get(industry.id) ?? 0) + 1);
  }
  return index.catalog.industries
    .filter((industry) => counts.has(industry.id))
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)!)
    .slice(0, n);
}

/** The families some of the given zones have an industry of, in catalog order. */
function familiesInZones(index: CatalogIndex, zones: Zone[]): Family[] {
  const used = new Set(zones.flatMap((zone) => index.industriesOfZone(zone.id).map((industry) => industry.familyId)));
  return index.catalog.families.filter((family) => used.has(family.id));
}

/**
 * A column dimension: which columns the visible zones get, and whether an industry counts in a column. A new
 * way of grouping industries is one more entry here.
 */
interface Dimension {
  columns: (index: CatalogIndex, zones: Zone[], topN: number) => MatrixColumn[];
  contains: (column: MatrixColumn, industry: Industry) => boolean;
}

const dimensions: Record<MatrixMode, Dimension> = {
  sectors: {
    columns: () => sectorOrder.map((sector) => ({ id: sector, kind: 'sector', sector })),
    contains: (column, industry) => column.kind === 'sector' && industry.sector === column.sector,
  },
  families: {
    columns: (index, zones) => familiesInZones(index, zones).map((family) => ({ id: family.id, kind: 'family', family })),
    contains: (column, industry) => column.kind === 'family' && industry.familyId === column.family.id,
  },
  top: {
    columns: (index, zones, topN) => topIndustries(index, zones, topN).map((industry) => ({ id: industry.id, kind: 'industry', industry })),
    contains: (column, industry) => column.kind === 'industry' && industry.id === column.industry.id,
  },
};

/** Zones of the visible plans against the mode's columns, counting industries per cell. */
export function buildMatrix(
  index: CatalogIndex,
  visiblePlanIds: readonly string[],
  mode: MatrixMode,
  topN = DEFAULT_TOP_N,
): Matrix {
  const plans = index.catalog.plans.filter((plan) => visiblePlanIds.includes(plan.id));
  const zones = plans.flatMap((plan) => index.zonesOfPlan(plan.id));
  const dimension = dimensions[mode];
  const columns = dimension.columns(index, zones, topN);
  const inColumn = dimension.contains;

  const groups = plans.map((plan) => ({
    plan,
    rows: index.zonesOfPlan(plan.id).map((zone) => {
      const industries = index.industriesOfZone(zone.id);
      return { zone, cells: columns.map((column) => industries.filter((industry) => inColumn(column, industry))) };
    }),
  }));
  const rows = groups.flatMap((group) => group.rows);
  return {
    columns,
    groups,
    zoneTotals: columns.map((_, i) => rows.filter((row) => row.cells[i]!.length > 0).length),
    max: Math.max(0, ...rows.flatMap((row) => row.cells.map((cell) => cell.length))),
  };
}

/** Four shades relative to the fullest cell; 0 stays unshaded. The number is always printed too. */
export function shadeLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
