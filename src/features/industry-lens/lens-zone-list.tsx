import type { LensPlanGroup } from './lens-data';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';

/** Zones across every plan, under their plan's pattern; a zone that has the industry only through a carrier says which. */
export function LensZoneList({ groups }: { groups: LensPlanGroup[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  return (
    <>
      {groups.map(({ plan, hits }) => (
        <section key={plan.id} className="lens-plan" aria-label={localize(plan.pattern, locale)}>
          <h5 className="lens-plan__pattern">
            <PlanTitle plan={plan} />
          </h5>
          <ul className="lens-results">
            {hits.map(({ zone, viaCarriers }) => (
              <li key={zone.id}>
                <button type="button" className="lens-result" onClick={() => zoneSelected(zone.id)}>
                  <span className="lens-result__kind">{zoneKindTerms[zone.kind][locale]}</span>
                  <span className="lens-result__name">{localize(zone.name, locale)}</span>
                  {viaCarriers.length > 0 && (
                    <span className="lens-result__via">
                      {t('lensVia')} {viaCarriers.map((c) => localize(c.name, locale)).join(locale === 'zh' ? '、' : ', ')}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
