import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFirstViewIndex } from './use-catalog';
import { planVisibility, type PlanVisibility, type VisibilityInput } from './plan-visibility';
import { useAppStore } from './store';

const none: PlanVisibility = { visible: [], revealed: [], byTour: false };

/**
 * The plans drawn and why, re-computed only when something it depends on changes. From the first view's index
 * until the links across plans come (plans and zones are all it needs), so the layer panel ticks what the map draws.
 */
export function usePlanVisibility(): PlanVisibility {
  const index = useFirstViewIndex();
  const input = useAppStore(
    useShallow(
      (s): VisibilityInput => ({
        hiddenPlanIds: s.hiddenPlanIds,
        selectedZoneId: s.selectedZoneId,
        compareZoneIds: s.compareZoneIds,
        panel: s.panel,
        mode: s.mode,
        tourId: s.tourId,
        tourStep: s.tourStep,
        tours: s.tours,
      }),
    ),
  );
  return useMemo(() => (index ? planVisibility(input, index) : none), [index, input]);
}
