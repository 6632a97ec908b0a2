import type { CatalogIndex } from '../../data/catalog-index';
import type { Name } from '../../data/catalog-schema';
import type { Tour } from '../../data/tour-schema';

/**
 * The tours the attract loop plays, in order: those data/tours.yaml marks `attract`, one plan each; every
 * tour when none is marked (the per-plan tours the app falls back on when tours.json cannot be read).
 */
export function attractTours(tours: readonly Tour[]): Tour[] {
  const marked = tours.filter((tour) => tour.attract);
  return marked.length ? marked : [...tours];
}

/** Where the attract loop is: a tour of the playlist and a 0-based step of it. */
export interface AttractPosition {
  tourId: string;
  step: number;
}

/** The next step to show: the next of the same tour, then the first of the next tour, from the last back to the first. */
export function nextAttractStep(playlist: readonly Tour[], at?: AttractPosition): AttractPosition | undefined {
  const first = playlist[0];
  if (!first) return undefined;
  const i = at ? playlist.findIndex((tour) => tour.id === at.tourId) : -1;
  const tour = playlist[i];
  if (!at || !tour) return { tourId: first.id, step: 0 };
  if (at.step + 1 < tour.steps.length) return { tourId: tour.id, step: at.step + 1 };
  return { tourId: playlist[(i + 1) % playlist.length]!.id, step: 0 };
}

/** A plan the kiosk offers, under the name its attract sequence goes by. */
export interface KioskPlan {
  planId: string;
  label: Name;
}

/** The plans of the attract sequences, in their order, each once: the kiosk's plan switcher. */
export function kioskPlans(playlist: readonly Tour[], index: CatalogIndex): KioskPlan[] {
  const plans: KioskPlan[] = [];
  for (const tour of playlist) {
    const planId = tour.planIds[0];
    if (planId && index.plan(planId) && !plans.some((p) => p.planId === planId)) plans.push({ planId, label: tour.name });
  }
  return plans;
}

/** A plan's name for a passer-by: its attract sequence's, or where it lies and its pattern. */
export function kioskPlanLabel(planId: string, plans: readonly KioskPlan[], index: CatalogIndex): Name | undefined {
  const offered = plans.find((p) => p.planId === planId);
  if (offered) return offered.label;
  const plan = index.plan(planId);
  return plan && { zh: `${plan.area.zh} · ${plan.pattern.zh}`, en: `${plan.area.en ?? plan.area.zh} · ${plan.pattern.en ?? plan.pattern.zh}` };
}
