import type { CatalogIndex } from '../../data/catalog-index';
import { fill } from '../../i18n/fill';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import { kioskPlanLabel, type KioskPlan } from './attract-playlist';

/** Where a tap still lands on several areas (a ring crossed by an axis): each by its name and its plan's. */
export function VisitorOverlap({ zoneIds, index, plans }: { zoneIds: string[]; index: CatalogIndex; plans: KioskPlan[] }) {
  const t = useT(kioskMessages);
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const selectionCleared = useAppStore((s) => s.selectionCleared);
  const zones = zoneIds.flatMap((id) => index.zone(id) ?? []);
  return (
    <section className="visitor-overlap" aria-labelledby="visitor-overlap-title" data-testid="visitor-overlap">
      <header className="visitor-card__header">
        <h2 id="visitor-overlap-title" className="visitor-card__title">
          {fill(t('kioskOverlapTitle'), { n: zones.length })}
        </h2>
        <p className="visitor-card__role">{t('kioskOverlapHint')}</p>
        <button type="button" className="visitor-card__close" aria-label={t('close')} onClick={selectionCleared}>
          ×
        </button>
      </header>
      <ul className="visitor-overlap__list">
        {zones.map((zone) => {
          const plan = kioskPlanLabel(zone.planId, plans, index);
          return (
            <li key={zone.id}>
              <button type="button" className="visitor-overlap__option" onClick={() => zoneSelected(zone.id)}>
                <span className="visitor-overlap__zone">{localize(zone.name, locale)}</span>
                {plan && <span className="visitor-overlap__plan">{localize(plan, locale)}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
