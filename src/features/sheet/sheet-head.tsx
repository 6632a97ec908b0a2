import { useFirstViewIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import type { SheetHeight } from '../../state/slices/sheet-slice';
import { useAppStore } from '../../state/store';

/** A tap on the head raises the sheet a step, and from the top brings it back down. */
const nextHeight: Record<SheetHeight, SheetHeight> = { peek: 'half', half: 'full', full: 'peek' };

/**
 * What the lowered sheet shows: the selected zone's name and kind (or what else is picked — an overlap,
 * the lens's industry or family — or how to start). The whole head is the button that raises the sheet;
 * a zone can be put away with its own button. It reads the first view's index, which names every zone and
 * plan, so a tap soon after the map appears is answered at once, while the links across plans (the card's
 * industries and carriers, the lens's names) are still on their way over a phone's network.
 */
export function SheetHead() {
  const t = useT();
  const index = useFirstViewIndex();
  const locale = useAppStore((s) => s.locale);
  const sheet = useAppStore((s) => s.sheet);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const overlapCount = useAppStore((s) => s.overlapZoneIds.length);
  const lensFamilyId = useAppStore((s) => s.lensFamilyId);
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  const zone = selectedZoneId ? index?.zone(selectedZoneId) : undefined;
  const lensSubject = lensFamilyId ? index?.family(lensFamilyId) : lensIndustryId ? index?.industry(lensIndustryId) : undefined;

  let title = t('sheetHint');
  let detail = t('sheetHintDetail');
  if (zone && index) {
    const plan = index.plan(zone.planId);
    const parent = zone.parentId ? index.zone(zone.parentId) : undefined;
    title = localize(zone.name, locale);
    detail = [plan && localize(plan.pattern, locale), zoneKindTerms[zone.kind][locale], parent && `${t('parentZone')} ${localize(parent.name, locale)}`]
      .filter(Boolean)
      .join(' · ');
  } else if (overlapCount > 1) {
    title = t('overlapTitle');
    detail = t('overlapHint');
  } else if (lensSubject) {
    title = localize(lensSubject.name, locale);
    detail = t('lensTitle');
  }

  return (
    <div className="sheet-head" data-testid="sheet-head">
      <button
        type="button"
        className="sheet-head__toggle"
        aria-expanded={sheet !== 'peek'}
        aria-controls="side-panel-body"
        onClick={() => useAppStore.getState().sheetMoved(nextHeight[sheet])}
      >
        <span className="sheet-head__grip" aria-hidden="true" />
        <span className="sheet-head__title">{title}</span>
        <span className="sheet-head__detail">{detail}</span>
      </button>
      {zone && (
        <button type="button" className="icon-button sheet-head__close" aria-label={t('close')} onClick={() => useAppStore.getState().selectionCleared()}>
          ×
        </button>
      )}
    </div>
  );
}
