import { useCatalogIndex, useDetailProblems, useFirstViewIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { DetailNotice } from '../shared/detail-notice';
import { OverlapPicker } from './overlap-picker';
import { ZoneCard } from './zone-card';

/** The zone tab: the selected zone's card, the overlap picker, or an invitation to click. */
export function ZonePanel() {
  const t = useT();
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const overlapZoneIds = useAppStore((s) => s.overlapZoneIds);
  // The card cites its plan's detail; the first view's index knows which plan that is.
  const shown = useFirstViewIndex();
  const planId = selectedZoneId ? shown?.zone(selectedZoneId)?.planId : undefined;
  const planIds = planId ? [planId] : [];
  const index = useCatalogIndex(planIds);
  const problems = useDetailProblems(planIds);
  const zone = selectedZoneId ? index?.zone(selectedZoneId) : undefined;

  if (index && zone) {
    // Without its plan's detail the card still names the zone, its industries and carriers; the notice says what is missing.
    return (
      <>
        {problems.length > 0 && <DetailNotice problems={problems} />}
        <ZoneCard zone={zone} index={index} />
      </>
    );
  }
  if (index && overlapZoneIds.length > 1) return <OverlapPicker zoneIds={overlapZoneIds} index={index} />;
  // A zone picked before its plan's detail has arrived: its card follows in a moment.
  if (!index && (selectedZoneId || overlapZoneIds.length > 1)) return <div className="zone-panel__pending" aria-busy="true" />;
  return (
    <div className="empty-state">
      <h2>{t('emptyPanelTitle')}</h2>
      <p>{t('emptyPanelHint')}</p>
    </div>
  );
}
