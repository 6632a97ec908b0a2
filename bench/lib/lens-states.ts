import type { CatalogIndex } from '../../src/data/catalog-index';
import { lensScope, type LensScope } from '../../src/data/lens-scope';
import { plansSourceId } from '../../src/map/layers/plan-layers';
import { planLayerStates, type LayerState } from '../../src/map/layers/plan-visibility';
import type { FeatureFlags } from './explore-page';

/** The feature states the app's bindings set for a selection (src/map/bind-plan-layers.ts). */
export function selectionFlags(index: CatalogIndex, selected: string, previous?: string): FeatureFlags {
  const flags: FeatureFlags = {};
  const flag = (zoneId: string, on: boolean) => {
    (flags[plansSourceId] ??= {})[zoneId] = { selected: on };
  };
  if (previous) flag(previous, false);
  flag(selected, true);
  return flags;
}

/**
 * The feature states the app's bindings set for a lens: its zones lensed, the other zones of the plans shown
 * dimmed (no other zone is drawn); without a lens, every zone's flags off. Its carriers are lit by the carrier
 * dots' paint (lensLayerStates), not by feature states.
 */
export function lensFlags(index: CatalogIndex, scope: LensScope | undefined, shownPlanIds: string[]): FeatureFlags {
  const lensed = new Set(scope?.zoneIds ?? []);
  const shown = new Set(shownPlanIds);
  const flags: FeatureFlags = {};
  for (const zone of index.catalog.zones) {
    const drawn = lensed.has(zone.id) || shown.has(zone.planId);
    if (scope && !drawn) continue;
    (flags[plansSourceId] ??= {})[zone.id] = { lensed: lensed.has(zone.id), dimmed: Boolean(scope) && !lensed.has(zone.id) };
  }
  return flags;
}

/** The layer states the app's bindings set with the given plans shown and the lens on, or off. */
export function lensLayerStates(index: CatalogIndex, shownPlanIds: string[], scope: LensScope | undefined): LayerState[] {
  const hidden = index.catalog.plans.map((p) => p.id).filter((id) => !shownPlanIds.includes(id));
  return planLayerStates(index.catalog, hidden, scope);
}

/** The family whose lens is the most work: the most places, then the most targets and tasks. */
export function largestFamily(index: CatalogIndex): LensScope {
  const scopes = index.catalog.families.map((family) => lensScope(index, { kind: 'family', id: family.id })!);
  const weight = (scope: LensScope) => scope.placeCount * 100 + scope.targets.length + scope.tasks.length;
  return scopes.reduce((best, scope) => (weight(scope) > weight(best) ? scope : best));
}
