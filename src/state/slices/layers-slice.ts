import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface LayersSlice {
  /** Plans switched off; every other plan is drawn. Stored this way so new plans appear by default. */
  hiddenPlanIds: string[];
  planToggled: (planId: string) => void;
  plansShown: (visiblePlanIds: string[], allPlanIds: string[]) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  hiddenPlanIds: [],
  planToggled: (planId) =>
    set((state) => ({
      hiddenPlanIds: state.hiddenPlanIds.includes(planId)
        ? state.hiddenPlanIds.filter((id) => id !== planId)
        : [...state.hiddenPlanIds, planId],
    })),
  plansShown: (visiblePlanIds, allPlanIds) =>
    set({ hiddenPlanIds: allPlanIds.filter((id) => !visiblePlanIds.includes(id)) }),
});
