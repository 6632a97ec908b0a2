import { useMemo } from 'react';
import { useFirstViewIndex } from './use-catalog';
import { planVisibility, type PlanVisibility } from './plan-visibility';
import { useAppStore } from './store';

const none: PlanVisibility = { visible: [], revealed: [], byTour: false };

/**
 * The plans drawn and why. From the first view's index until the whole catalog comes (plans and zones are all
 * it needs), so the layer panel ticks what the map draws. Selected as text, so that a pick that changes no
 * plan's visibility (most clicks on the map) re-renders nothing that shows it.
 */
export function usePlanVisibility(): PlanVisibility {
  const index = useFirstViewIndex();
  const key = useAppStore((s) => (index ? JSON.stringify(planVisibility(s, index)) : ''));
  return useMemo(() => (key ? (JSON.parse(key) as PlanVisibility) : none), [key]);
}
