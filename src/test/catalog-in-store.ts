import type { Catalog } from '../data/catalog-schema';
import { planDetailOf } from '../data/plan-detail';
import type { AppState } from '../state/store';

/**
 * The store as it is once a catalog's index and links are in and every plan's detail has been fetched: the
 * state a panel test starts from unless it is about waiting for a detail.
 */
export function catalogInStore(catalog: Catalog): Pick<AppState, 'catalog' | 'planDetails'> {
  return {
    catalog: { status: 'ready', catalog },
    planDetails: Object.fromEntries(catalog.plans.map((plan) => [plan.id, { status: 'ready', detail: planDetailOf(catalog, plan) }])),
  };
}
