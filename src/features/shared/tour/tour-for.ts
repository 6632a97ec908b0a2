import type { Tour } from '../../../data/tour-schema';

/**
 * The tour to start from where the user is: the tour of the selected zone's plan at that zone, else the
 * tour of a plan on screen, else the first tour. Single-plan tours win over the overview.
 */
export function tourFor(
  tours: readonly Tour[],
  selected: { id: string; planId: string } | undefined,
  visiblePlanIds: readonly string[],
): { tourId: string; step: number } | undefined {
  const byFocus = [...tours].sort((a, b) => a.planIds.length - b.planIds.length);
  if (selected) {
    for (const tour of byFocus) {
      const step = tour.steps.findIndex((s) => s.zoneId === selected.id);
      if (step >= 0) return { tourId: tour.id, step };
    }
  }
  const shown = byFocus.find((tour) => tour.planIds.every((id) => visiblePlanIds.includes(id)));
  const tour = shown ?? tours[0];
  return tour && { tourId: tour.id, step: 0 };
}
