import { PlanMap } from '../map/plan-map';
import type { Store } from '../state/store';
import { startCatalogLoading } from './catalog-loading';
import { startUrlSync } from './url-sync';

/**
 * What the page starts before React draws anything, in this order: a link's language and camera go into the
 * store, so the map opens where the link says; then the map, whose style, data and worker load while React
 * renders the panels; then the catalog's first-view index, which the map's plan layers and the panels read.
 */
export function startApp(store: Store): PlanMap {
  startUrlSync(store);
  const planMap = new PlanMap(store);
  planMap.start();
  startCatalogLoading(store);
  return planMap;
}
