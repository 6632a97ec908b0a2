import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { OverlapPicker } from './overlap-picker';
import { ZoneCard } from './zone-card';

/** The zone tab: the selected zone's card, the overlap picker, or an invitation to click. */
export function ZonePanel() {
  const t = useT();
  const index = useCatalogIndex();
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const overlapZoneIds = useAppStore((s) => s.overlapZoneIds);
  const zone = selectedZoneId ? index?.zone(selectedZoneId) : undefined;

  if (index && zone) return <ZoneCard zone={zone} index={index} />;
  if (index && overlapZoneIds.length > 1) return <OverlapPicker zoneIds={overlapZoneIds} index={index} />;
  // A zone picked before the whole catalog has arrived: its card follows in a moment.
  if (!index && (selectedZoneId || overlapZoneIds.length > 1)) return <div className="zone-panel__pending" aria-busy="true" />;
  return (
    <div className="empty-state">
      <h2>{t('emptyPanelTitle')}</h2>
      <p>{t('emptyPanelHint')}</p>
    </div>
  );
}
