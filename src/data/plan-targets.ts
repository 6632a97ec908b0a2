import type { CatalogIndex } from './catalog-index';
import type { IndicatorGroup, IndicatorTable, Target } from './catalog-schema';

export interface TableSection {
  table: IndicatorTable;
  groups: { group: IndicatorGroup; targets: Target[] }[];
}

export interface PlanTargets {
  /** The plan's indicator tables, each with its groups and rows in the document's order. */
  tables: TableSection[];
  /** Plan-wide targets that are in no table: taken from the plan's text. */
  fromText: Target[];
}

/** A plan's plan-wide targets as the documents group them. */
export function planTargets(index: CatalogIndex, planId: string): PlanTargets {
  const tables = (index.catalog.indicatorTables ?? []).filter((table) => table.planId === planId);
  const tabled = new Set(tables.flatMap((table) => table.groups.flatMap((group) => group.targetIds)));
  return {
    tables: tables.map((table) => ({
      table,
      groups: table.groups.map((group) => ({ group, targets: group.targetIds.flatMap((id) => index.target(id) ?? []) })),
    })),
    fromText: index.planTargets(planId).filter((target) => !tabled.has(target.id)),
  };
}
