import type { AppState, Store } from '../../state/store';
import { stepFraming } from '../shared/tour/step-framing';
import type { Tour } from '../../data/tour-schema';
import { attractTours, nextAttractStep, type AttractPosition } from './attract-playlist';

/**
 * Shows one step: its tour running (so only its plan is drawn), its zone selected (the map highlights it, the
 * visitor card shows it) and framed in the part of the map the kiosk's panels and caption leave clear.
 */
function show(store: Store, playlist: Tour[], at: AttractPosition) {
  const step = playlist.find((tour) => tour.id === at.tourId)?.steps[at.step];
  // The map may be between a lost and a restored WebGL context; the next step will try again.
  try {
    if (!step) return;
    const state = store.getState();
    state.tourStarted(at.tourId, at.step);
    state.zoneSelected(step.zoneId, { frame: false });
    state.framingRequested(stepFraming(step));
  } catch (error) {
    console.warn('attract step', error);
  }
}

/**
 * Runs the attract loop: the playlist's sequences one after the other (the city's pattern, then 吴中, then
 * 高新区), one step every `stepMs`, from the last step back to the first. Waits for the catalog and tours;
 * returns the function that stops it. The visitor who stops it finds the map as the loop left it: the zone
 * on screen selected and its plan on (a kiosk reset brings back its own plans).
 */
export function startAttractLoop(store: Store, stepMs: number): () => void {
  let timer: number | undefined;
  let playlist: Tour[] | undefined;

  const begin = (state: AppState) => {
    if (playlist || state.catalog.status !== 'ready' || state.catalog.partial || state.tours.status !== 'ready') return;
    playlist = attractTours(state.tours.tours);
    const first = nextAttractStep(playlist);
    if (!first) return;
    show(store, playlist, first);
    timer = window.setInterval(() => {
      const s = store.getState();
      const next = nextAttractStep(playlist!, s.tourId ? { tourId: s.tourId, step: s.tourStep } : undefined);
      if (next) show(store, playlist!, next);
    }, stepMs);
  };

  begin(store.getState());
  const unsubscribe = store.subscribe(begin);
  return () => {
    unsubscribe();
    window.clearInterval(timer);
    const state = store.getState();
    const tour = playlist?.find((t) => t.id === state.tourId);
    if (tour && state.catalog.status === 'ready') state.plansShown(tour.planIds, state.catalog.catalog.plans.map((p) => p.id));
    state.tourEnded();
  };
}
