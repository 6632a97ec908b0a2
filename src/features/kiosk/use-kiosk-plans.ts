import { useMemo } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { useAppStore } from '../../state/store';
import { usePlanVisibility } from '../../state/use-plan-visibility';
import { attractTours, kioskPlans, type KioskPlan } from './attract-playlist';

export interface KioskPlans {
  /** The plans the kiosk offers, one per attract sequence. */
  plans: KioskPlan[];
  /** The one the map draws (the attract loop's, or the visitor's choice). */
  onScreen?: string;
}

/** The plans a passer-by can switch between, and which of them is on the map now. */
export function useKioskPlans(): KioskPlans {
  const index = useCatalogIndex();
  const tours = useAppStore((s) => s.tours);
  const { visible } = usePlanVisibility();
  const plans = useMemo(() => (index && tours.status === 'ready' ? kioskPlans(attractTours(tours.tours), index) : []), [index, tours]);
  return { plans, onScreen: visible.find((id) => plans.some((p) => p.planId === id)) ?? visible[0] };
}
