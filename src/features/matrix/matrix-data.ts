import type { CatalogIndex } from '../../data/catalog-index';
import type { Industry, Plan, Zone } from '../../data/catalog-schema';
import type { Locale } from '../../i18n/messages';
import type { MatrixColumn, MatrixDimension } from './matrix-dimensions';
import { intlLocale } from '../../i18n/format';

export interface MatrixRow {
  zone: Zone;
  plan: Plan;
  /** One per column, in column order: the zone's industries (own and through its carriers) that fall in it. */
  cells: Industry[][];
  /** Industries the plan names as core for the zone. */
  core: ReadonlySet<string>;
}

export interface Matrix {
  columns: MatrixColumn[];
  /** Every zone of the plans shown, plan by plan in catalog order. */
  rows: MatrixRow[];
  /** Per column, how many zones have at least one of its industries: where the gaps are. */
  zoneTotals: number[];
}

/** Zones of the given plans against the dimension's columns, each cell naming the industries it holds. */
export function buildMatrix(index: CatalogIndex, planIds: readonly string[], dimension: MatrixDimension): Matrix {
  const plans = index.catalog.plans.filter((plan) => planIds.includes(plan.id));
  const zones = plans.flatMap((plan) => index.zonesOfPlan(plan.id));
  const columns = dimension.columns(index, zones);
  const rows = plans.flatMap((plan) =>
    index.zonesOfPlan(plan.id).map((zone) => {
      const industries = index.industriesOfZone(zone.id);
      return {
        zone,
        plan,
        cells: columns.map((column) => industries.filter((industry) => column.holds(industry))),
        core: new Set((zone.core ?? []).flatMap((entry) => entry.industryIds)),
      };
    }),
  );
  return { columns, rows, zoneTotals: columns.map((_, i) => rows.filter((row) => row.cells[i]!.length > 0).length) };
}

/** Rows in plan order (grouped under their plan), by zone name, or by how many industries a column holds. */
export type RowOrder = { by: 'plan' } | { by: 'name' } | { by: 'column'; column: number };
/** Columns in the dimension's own order, or those covering the most zones first. */
export type ColumnOrder = 'dimension' | 'coverage';

const collator = (locale: Locale) => new Intl.Collator(intlLocale(locale));

export function sortRows(rows: MatrixRow[], order: RowOrder, locale: Locale): MatrixRow[] {
  if (order.by === 'plan') return rows;
  const name = (row: MatrixRow) => (locale === 'en' ? (row.zone.name.en ?? row.zone.name.zh) : row.zone.name.zh);
  if (order.by === 'name') return [...rows].sort((a, b) => collator(locale).compare(name(a), name(b)));
  const count = (row: MatrixRow) => row.cells[order.column]?.length ?? 0;
  // Array.prototype.sort is stable: equal counts keep plan order.
  return [...rows].sort((a, b) => count(b) - count(a));
}

/** Column positions in display order. */
export function columnOrder(matrix: Matrix, order: ColumnOrder): number[] {
  const positions = matrix.columns.map((_, i) => i);
  return order === 'dimension' ? positions : positions.sort((a, b) => matrix.zoneTotals[b]! - matrix.zoneTotals[a]!);
}
