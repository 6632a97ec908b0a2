import type { CatalogIndex } from '../../data/catalog-index';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';

/** One tap where plan elements overlap lists them all; choosing one opens its card. */
export function OverlapPicker({ zoneIds, index }: { zoneIds: string[]; index: CatalogIndex }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const selectionCleared = useAppStore((s) => s.selectionCleared);
  return (
    <section className="overlap" aria-labelledby="overlap-title" data-testid="overlap-picker">
      <header className="overlap__header">
        <h2 id="overlap-title">{t('overlapTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={selectionCleared}>
          ×
        </button>
      </header>
      <p className="overlap__hint">{t('overlapHint')}</p>
      <ul className="overlap__list">
        {zoneIds.flatMap((id) => {
          const zone = index.zone(id);
          const plan = zone && index.plan(zone.planId);
          if (!zone || !plan) return [];
          return (
            <li key={id}>
              <button type="button" className="overlap__option" onClick={() => zoneSelected(id)}>
                <span className="overlap__name">{localize(zone.name, locale)}</span>
                <span className="overlap__meta">
                  <PlanTitle plan={plan} /> · {zoneKindTerms[zone.kind][locale]}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
