import type { Tour, TourStep } from '../../../data/tour-schema';

/** A step index forced into a tour of `length` steps (0-based); non-numbers become 0. */
export function clampStep(step: number, length: number): number {
  if (!Number.isFinite(step) || length <= 0) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), length - 1);
}

export interface ResolvedStep {
  tour: Tour;
  /** 0-based, always inside the tour. */
  index: number;
  step: TourStep;
  total: number;
  isFirst: boolean;
  isLast: boolean;
}

/**
 * The step a presenter or an attract loop is on. Pure, so the presentation view and the kiosk read the
 * same answer from the same store state. Undefined only when there are no tours at all.
 */
export function tourStep(tours: readonly Tour[], tourId: string | undefined, index: number): ResolvedStep | undefined {
  const tour = tours.find((t) => t.id === tourId) ?? tours[0];
  if (!tour) return undefined;
  const at = clampStep(index, tour.steps.length);
  return {
    tour,
    index: at,
    step: tour.steps[at]!,
    total: tour.steps.length,
    isFirst: at === 0,
    isLast: at === tour.steps.length - 1,
  };
}

export type LinkProblem = 'unknown-tour' | 'bad-step';

/**
 * Reads `tour` and 1-based `step` from a link. An unknown tour starts the first tour; a step that is not a
 * whole number inside the tour starts the tour at its beginning. Each fallback is reported, never thrown.
 */
export function resolveTourLink(
  tours: readonly Tour[],
  tourParam: string | null,
  stepParam: string | null,
): { tourId: string; index: number; problems: LinkProblem[] } | undefined {
  if (tours.length === 0) return undefined;
  const problems: LinkProblem[] = [];
  let tour = tourParam === null ? tours[0]! : tours.find((t) => t.id === tourParam);
  if (!tour) {
    problems.push('unknown-tour');
    tour = tours[0]!;
  }
  if (problems.length || stepParam === null) return { tourId: tour.id, index: 0, problems };
  const n = /^\d+$/.test(stepParam) ? Number(stepParam) : NaN;
  if (!(n >= 1 && n <= tour.steps.length)) return { tourId: tour.id, index: 0, problems: ['bad-step'] };
  return { tourId: tour.id, index: n - 1, problems };
}
