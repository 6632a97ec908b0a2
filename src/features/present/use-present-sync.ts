import { useEffect, useState } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { messages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { lensOfTourId, lensTour } from '../shared/tour/lens-tour';
import { resolveTourLink, tourStep } from '../shared/tour/tour-step';
import { readPresentLink, replaceSearch, withPresentParams, type PresentLink } from '../../state/url';
import { presentationEntered, presentationLeft } from './present-actions';
import { currentSearch } from '../../state/address-bar';

/**
 * Keeps presentation mode, the map and the address bar in step: a `?mode=present&tour=…&step=…` link opens
 * that step; each step selects its zone (the map frames it, the card shows it) and is written back to the
 * link with replaceState; back/forward between steps restore them.
 */
export function usePresentSync(): void {
  const index = useCatalogIndex();
  const mode = useAppStore((s) => s.mode);
  const tours = useAppStore((s) => s.tours);
  const tourId = useAppStore((s) => s.tourId);
  const step = useAppStore((s) => s.tourStep);
  // A link waiting for the tours to load before it can be judged.
  const [pendingLink, setPendingLink] = useState<PresentLink | undefined>(undefined);

  useEffect(() => {
    const open = () => {
      const link = readPresentLink(window.location.search);
      if (link) {
        setPendingLink(link);
        presentationEntered();
      } else presentationLeft();
    };
    open();
    window.addEventListener('popstate', open);
    return () => window.removeEventListener('popstate', open);
  }, []);

  useEffect(() => {
    if (mode !== 'present' || tours.status !== 'ready' || !index) return;
    const s = useAppStore.getState();
    const link = pendingLink;
    if (link) {
      setPendingLink(undefined);
      // A link to the tour of a lens's places rebuilds it: such tours are made in the app, not loaded.
      const lens = lensOfTourId(link.tour);
      const built = lens && !tours.tours.some((t) => t.id === link.tour) ? lensTour(index, lens) : undefined;
      if (built) {
        s.tourBuilt(built);
        setPendingLink(link);
        return;
      }
      const resolved = resolveTourLink(tours.tours, link.tour, link.step);
      if (!resolved) return;
      for (const problem of resolved.problems) {
        const label = problem === 'unknown-tour' ? 'presentTourUnknown' : 'presentStepInvalid';
        s.noticeShown(messages[s.locale][label] + (problem === 'unknown-tour' ? `tour=${link.tour}` : `step=${link.step}`));
      }
      s.tourStarted(resolved.tourId, resolved.index);
      return;
    }
    const current = tourStep(tours.tours, tourId, step);
    if (!current) return;
    if (current.tour.id !== tourId) {
      s.tourStarted(current.tour.id, 0);
      return;
    }
    // The tour's plans are drawn while it runs (see planVisibility), leaving the user's own choice as it was;
    // the step's framing is the presentation view's, once the slide is laid out.
    if (s.selectedZoneId !== current.step.zoneId) s.zoneSelected(current.step.zoneId, { frame: false });
    // After zoneSelected, whose own history entry (written by url-sync) then carries the step too.
    replaceSearch(withPresentParams(currentSearch(), current.tour.id, current.index));
  }, [mode, tours, index, tourId, step, pendingLink]);
}
