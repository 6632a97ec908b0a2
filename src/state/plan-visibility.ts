import type { CatalogIndex } from '../data/catalog-index';
import type { AppState } from './store';

export type VisibilityInput = Pick<
  AppState,
  'hiddenPlanIds' | 'selectedZoneId' | 'compareZoneIds' | 'panel' | 'mode' | 'tourId' | 'tourStep' | 'tours'
>;

export interface PlanVisibility {
  /** Plans the map draws, in catalog order. */
  visible: string[];
  /**
   * Of those, the ones drawn only because of what is picked (a zone, the compared zones, a tour step): the
   * user's own choice (`hiddenPlanIds`) is never changed for them, so clearing the pick gives it back.
   */
  revealed: string[];
  /** Whether a running tour, not the user, chose the plans. */
  byTour: boolean;
}

/** The running tour, if one runs where it owns the screen (presentation, the kiosk's attract loop). */
function runningTour(state: VisibilityInput) {
  if (state.mode === 'explore' || !state.tourId || state.tours.status !== 'ready') return undefined;
  return state.tours.tours.find((tour) => tour.id === state.tourId);
}

/**
 * Which plans are drawn: the user's choice (or a running tour's plans), plus the plans of whatever is
 * picked. Pure, so the map, the layer panel and the take-aways agree on it.
 */
export function planVisibility(state: VisibilityInput, index: CatalogIndex): PlanVisibility {
  const allPlans = index.catalog.plans.map((plan) => plan.id);
  const tour = runningTour(state);
  const chosen = new Set(tour ? tour.planIds : allPlans.filter((id) => !state.hiddenPlanIds.includes(id)));
  const pickedZones = [
    state.selectedZoneId,
    ...(state.panel === 'compare' ? state.compareZoneIds : []),
    ...(tour?.steps[state.tourStep]?.frame?.zoneIds ?? []),
  ];
  const picked = new Set(pickedZones.flatMap((id) => (id ? (index.zone(id)?.planId ?? []) : [])));
  return {
    visible: allPlans.filter((id) => chosen.has(id) || picked.has(id)),
    revealed: allPlans.filter((id) => !chosen.has(id) && picked.has(id)),
    byTour: Boolean(tour),
  };
}

/** The plans not drawn, as the map's layer switch wants them. */
export const hiddenPlansOf = (visibility: PlanVisibility, index: CatalogIndex): string[] =>
  index.catalog.plans.map((plan) => plan.id).filter((id) => !visibility.visible.includes(id));
