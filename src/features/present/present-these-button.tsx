import { useCatalogIndex } from '../../state/use-catalog';
import type { LensSubject } from '../../data/lens-scope';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { lensTour } from '../shared/tour/lens-tour';
import { presentationEntered } from './present-actions';
import { PresentIcon } from './present-icon';
import './present.css';
import { panelMessages } from '../../i18n/messages-panels';

/**
 * "Present these": the industry lens's places as a tour, one slide per zone in plan order, each naming the
 * industry (or the family and the place's industries of it), for showing a client where the plans want it.
 * Plugged into the lens's detail.
 */
export function PresentTheseButton({ subject }: { subject: LensSubject }) {
  const t = useT(panelMessages);
  const index = useCatalogIndex();
  const toursReady = useAppStore((s) => s.tours.status === 'ready');
  const tour = index ? lensTour(index, subject) : undefined;
  if (!tour) return null;
  const onClick = () => {
    useAppStore.getState().tourBuilt(tour);
    presentationEntered(tour.id, 0, { fullscreen: true, keepLens: true });
  };
  return (
    <button
      type="button"
      className="present-button present-these"
      onClick={onClick}
      disabled={!toursReady}
      title={t('presentTheseLabel')}
      data-testid="present-these"
    >
      <PresentIcon size={16} />
      <span>{t('presentThese')}</span>
    </button>
  );
}
