import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { boxesOf, snapshotAt } from '../../map/map-canvas';
import { usePlanMap } from '../../map/plan-map-context';
import { currentSearch } from '../../state/address-bar';
import { useAppStore } from '../../state/store';
import { shareUrl } from '../../state/url';
import { deferredModule } from '../shared/deferred';
import { takeAway, useTakeAwayBusy } from '../take-away';
import { briefMap } from './brief-limits';
import '../shared/export-buttons.css';
import './print.css';
import './print-lists.css';

// The brief's page (and its QR code) is fetched on the first print, or when the browser is idle.
const briefCode = deferredModule(() => import('./zone-brief'));

/** Takes a picture of the map framed on the zone at the size it prints, and prints a one-page brief of it. */
export function PrintBriefButton({ zoneId }: { zoneId: string }) {
  const t = useT();
  const index = useCatalogIndex();
  const planMap = usePlanMap();
  const busy = useTakeAwayBusy(`zone-brief ${zoneId}`) !== undefined;
  const zone = index?.zone(zoneId);

  const prepare = () => {
    if (!zone || !index) return;
    void takeAway(`zone-brief ${zoneId}`, 'print', async () => {
      const store = useAppStore.getState();
      if (store.selectedZoneId !== zoneId) store.zoneSelected(zoneId);
      const [{ ZoneBrief: Brief }, mapImage] = await Promise.all([
        briefCode(),
        boxesOf([zoneId]).then((boxes) => snapshotAt(planMap, boxes, briefMap.width, briefMap.height, briefMap.pixelRatio)),
      ]);
      const content = <Brief zone={zone} index={index} mapImage={mapImage} url={shareUrl(currentSearch())} now={new Date()} />;
      return { className: 'print-only', content };
    });
  };

  return (
    <button type="button" className="button print-brief-button" onClick={prepare} disabled={!zone} aria-busy={busy} data-testid="print-brief">
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path d="M5.5 7V3h9v4M5.5 14H3.5V8h13v6h-2M6 11.5h8V17H6z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <span>{busy ? t('printBusy') : t('printBrief')}</span>
    </button>
  );
}
