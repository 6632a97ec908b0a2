import type { StateCreator } from 'zustand';
import type { Tour } from '../../data/tour-schema';
import type { AppState } from '../store';

/** How the app is being used: a planner exploring, a presenter in front of an audience, an unattended kiosk. */
export type AppMode = 'explore' | 'present' | 'kiosk';

export type ToursStatus =
  | { status: 'loading' }
  /** `problems` is set when tours.json could not be read and `tours` are the per-plan fallback tours. */
  | { status: 'ready'; tours: Tour[]; problems?: string[] };

/**
 * The tour engine's state, shared by presentation mode and the kiosk's attract loop. It knows nothing of
 * either's screen: the current step's zone comes from `tourStep(tours, tourId, tourStep)` in
 * features/tour/tour-step.ts, and whoever shows the step calls `zoneSelected` for it.
 */
export interface TourSlice {
  mode: AppMode;
  /** The running tour; undefined when none runs (a tour can run in any mode, e.g. the kiosk's attract loop). */
  tourId?: string;
  /** 0-based index of the current step. Links and the on-screen indicator count from 1. */
  tourStep: number;
  tours: ToursStatus;
  /** Switches mode only; it neither starts nor ends a tour. */
  modeEntered: (mode: AppMode) => void;
  /** Starts a tour at `step` (default 0), clamped to the tour once tours are loaded. */
  tourStarted: (tourId: string, step?: number) => void;
  /** Moves by `delta` steps, staying within the tour (no wrap: an attract loop restarts with tourStepSet(0)). */
  tourStepped: (delta: number) => void;
  /** Jumps to step `n` (0-based), clamped; `Infinity` means the last step. */
  tourStepSet: (n: number) => void;
  /** Stops the tour; the mode is left as it is. */
  tourEnded: () => void;
  toursLoaded: (tours: Tour[], problems?: string[]) => void;
  /** A tour made in the app (e.g. of an industry's places) joins the loaded ones, replacing one of its id. */
  tourBuilt: (tour: Tour) => void;
}

const stepsOf = (state: AppState, tourId: string | undefined) =>
  state.tours.status === 'ready' ? state.tours.tours.find((t) => t.id === tourId)?.steps.length : undefined;

/** Clamps to the tour when its length is known; before tours load only the lower bound applies. */
function clamped(n: number, length: number | undefined): number {
  const lower = Math.max(0, Number.isNaN(n) ? 0 : n);
  const value = length === undefined ? lower : Math.min(lower, Math.max(length - 1, 0));
  return Number.isFinite(value) ? Math.trunc(value) : 0;
}

export const createTourSlice: StateCreator<AppState, [], [], TourSlice> = (set) => ({
  mode: 'explore',
  tourId: undefined,
  tourStep: 0,
  tours: { status: 'loading' },
  modeEntered: (mode) => set({ mode }),
  tourStarted: (tourId, step = 0) => set((s) => ({ tourId, tourStep: clamped(step, stepsOf(s, tourId)) })),
  tourStepped: (delta) => set((s) => ({ tourStep: clamped(s.tourStep + delta, stepsOf(s, s.tourId)) })),
  tourStepSet: (n) => set((s) => ({ tourStep: clamped(n, stepsOf(s, s.tourId)) })),
  tourEnded: () => set({ tourId: undefined, tourStep: 0 }),
  toursLoaded: (tours, problems) =>
    set((s) => ({
      tours: problems ? { status: 'ready', tours, problems } : { status: 'ready', tours },
      tourStep: clamped(s.tourStep, tours.find((t) => t.id === s.tourId)?.steps.length),
    })),
  tourBuilt: (tour) =>
    set((s) => {
      if (s.tours.status !== 'ready') return {};
      const tours = [...s.tours.tours.filter((t) => t.id !== tour.id), tour];
      return { tours: s.tours.problems ? { ...s.tours, tours } : { status: 'ready', tours } };
    }),
});
