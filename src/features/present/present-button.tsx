import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { tourFor } from '../shared/tour/tour-for';
import { presentationEntered } from './present-actions';
import { PresentIcon } from './present-icon';
import './present.css';

/** The header's way into presentation mode: starts the tour of what is on screen, in full screen. */
export function PresentButton() {
  const t = useT();
  const index = useCatalogIndex();
  const onClick = () => {
    const s = useAppStore.getState();
    const tours = s.tours.status === 'ready' ? s.tours.tours : [];
    const zone = s.selectedZoneId ? index?.zone(s.selectedZoneId) : undefined;
    const visible = (index?.catalog.plans ?? []).map((p) => p.id).filter((id) => !s.hiddenPlanIds.includes(id));
    const start = tourFor(tours, zone, visible);
    presentationEntered(start?.tourId, start?.step, { fullscreen: true });
  };
  return (
    <button type="button" className="present-button" onClick={onClick} title={t('presentEnterLabel')}>
      <PresentIcon />
      <span>{t('presentEnter')}</span>
    </button>
  );
}
