import { useAppStore } from '../../state/store';

/**
 * A visitor's choice on the plan switcher: only that plan drawn, nothing of the last one selected, and the
 * camera on the whole plan.
 */
export function kioskPlanChosen(planId: string): void {
  const state = useAppStore.getState();
  if (state.catalog.status !== 'ready') return;
  const { plans, zones } = state.catalog.catalog;
  state.plansShown([planId], plans.map((plan) => plan.id));
  state.selectionCleared();
  state.framingRequested({ zoneIds: zones.filter((zone) => zone.planId === planId && !zone.parentId).map((zone) => zone.id) });
}
