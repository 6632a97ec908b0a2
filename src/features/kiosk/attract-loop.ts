import type { AppState, Store } from '../../state/store';
import { stepFraming } from '../shared/tour/step-framing';
import type { Tour } from '../../data/tour-schema';

function pickTour(state: AppState, tourId: string): Tour | undefined {
  if (state.tours.status !== 'ready') return undefined;
  return state.tours.tours.find((t) => t.id === tourId) ?? state.tours.tours[0];
}

/** Shows one step: its zone selected (the map highlights it, the panel shows its card) and framed. */
function show(store: Store, tour: Tour, index: number) {
  const step = tour.steps[index];
  // The map may be between a lost and a restored WebGL context; the next step will try again.
  try {
    if (!step) return;
    store.getState().zoneSelected(step.zoneId, { frame: false });
    store.getState().framingRequested(stepFraming(step));
  } catch (error) {
    console.warn('attract step', error);
  }
}

/**
 * Runs the attract loop: the tour from its first step, one step every `stepMs`, from the last step back to
 * the first, with the tour's plans on screen (planVisibility draws a running tour's plans). Waits for the
 * catalog and tours; returns the function that stops it. The visitor who stops it finds the map as the loop
 * left it: the zone on screen selected and the tour's plans on (a kiosk reset brings back its own plans).
 */
export function startAttractLoop(store: Store, tourId: string, stepMs: number): () => void {
  let timer: number | undefined;
  let tour: Tour | undefined;

  const begin = (state: AppState) => {
    if (tour || state.catalog.status !== 'ready') return;
    tour = pickTour(state, tourId);
    if (!tour) return;
    state.tourStarted(tour.id, 0);
    show(store, tour, 0);
    timer = window.setInterval(() => {
      const s = store.getState();
      if (!tour) return;
      const next = s.tourId === tour.id && s.tourStep < tour.steps.length - 1 ? s.tourStep + 1 : 0;
      if (s.tourId !== tour.id) s.tourStarted(tour.id, next);
      else s.tourStepSet(next);
      show(store, tour, next);
    }, stepMs);
  };

  begin(store.getState());
  const unsubscribe = store.subscribe(begin);
  return () => {
    unsubscribe();
    window.clearInterval(timer);
    if (!tour) return;
    const state = store.getState();
    if (state.catalog.status === 'ready') state.plansShown(tour.planIds, state.catalog.catalog.plans.map((p) => p.id));
    state.tourEnded();
  };
}
