import { lensScope, type LensScope } from '../../data/lens-scope';
import { loadedCatalogIndex, planDetailsSettled } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { isoDate } from '../../i18n/format';
import { usePlanMap } from '../../map/plan-map-context';
import { takeAway, useTakeAwayBusy, type TakeAwayKind } from '../take-away';
import { takeBriefSnapshot } from './brief-snapshot';
import { IndustryBrief } from './industry-brief';
import '../shared/export-buttons.css';
import './industry-brief.css';

/** The lens's take-aways: the industry brief on one A4 page, printed or saved as a PNG, in the chosen language. */
export function IndustryBriefActions({ scope }: { scope: LensScope }) {
  const t = useT(lensMessages);
  const planMap = usePlanMap();
  const owner = `industry-brief ${scope.subject.id}`;
  const busy = useTakeAwayBusy(owner);

  // The brief cites every plan of the lens: their details are fetched when it is asked for, not before.
  const prepare = (kind: TakeAwayKind) =>
    void takeAway(owner, kind, async () => {
      await planDetailsSettled(scope.planIds);
      const index = loadedCatalogIndex();
      const whole = index && lensScope(index, scope.subject);
      if (!index || !whole) throw new Error('the catalog is not in');
      const snapshot = await takeBriefSnapshot(planMap, whole);
      return {
        // Laid out off screen, so it is measured and fitted before it is printed or drawn (industry-brief.css).
        className: 'ibrief-sheet',
        content: <IndustryBrief scope={whole} index={index} {...snapshot} />,
        fileName: `suzhou-industry-${scope.subject.id}-${isoDate(snapshot.now)}.png`,
      };
    });

  return (
    <>
      <button type="button" className="button print-brief-button" onClick={() => prepare('print')} aria-busy={busy === 'print'} data-testid="print-industry-brief">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M5.5 7V3h9v4M5.5 14H3.5V8h13v6h-2M6 11.5h8V17H6z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        <span>{busy === 'print' ? t('briefIndustryBusy') : t('briefIndustry')}</span>
      </button>
      <button type="button" className="button print-brief-button" onClick={() => prepare('image')} aria-busy={busy === 'image'} data-testid="export-industry-brief">
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>{busy === 'image' ? t('briefIndustryBusy') : t('briefExportPng')}</span>
      </button>
    </>
  );
}
