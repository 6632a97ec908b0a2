import type { CatalogIndex } from '../data/catalog-index';

/**
 * What a kiosk visitor's tap opens, of the zones under the finger (topmost first): those of the plans the
 * visitor has on screen, not of a plan drawn only for what was picked, and of those the most specific, a park
 * rather than the zone it lies in. A tap so opens one card wherever it can; a planner's tap lists them all.
 */
export function visitorPick(zoneIds: string[], shownPlanIds: readonly string[], index: CatalogIndex): string[] {
  const onScreen = zoneIds.filter((id) => shownPlanIds.includes(index.zone(id)?.planId ?? ''));
  const candidates = onScreen.length ? onScreen : zoneIds;
  const parents = new Set(candidates.map((id) => index.zone(id)?.parentId));
  return candidates.filter((id) => !parents.has(id));
}
