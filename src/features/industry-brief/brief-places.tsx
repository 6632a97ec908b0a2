import type { LensPlanGroup } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { moreText } from '../export/export-content';

/**
 * Carriers named per plan when the page is too full for all of them (the page then gets .ibrief--capped, see
 * use-fit-to-page.ts); the lens in the app always lists them all.
 */
export const briefCarriersPerPlan = 8;

/** Every place of the lens on paper: per plan, its zones (and why each is there) and its carriers, as dense runs. */
export function BriefPlaces({ groups }: { groups: LensPlanGroup[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const join = (names: string[]) => names.join(locale === 'zh' ? '、' : ', ');
  return (
    <div className="ibrief__plans">
      {groups.map(({ plan, zones, carriers }) => (
        <section key={plan.id} className="ibrief__plan">
          <h3>
            {localize(plan.pattern, locale)}
            <span className="ibrief__plan-meta">
              {localize(plan.name, locale)} · {localize(plan.period, locale)}
            </span>
          </h3>
          {zones.length > 0 && (
            <ul className="ibrief__run">
              {zones.map(({ zone, reason }) => (
                <li key={zone.id}>
                  <span className="ibrief__kind">{zoneKindTerms[zone.kind][locale]}</span> {localize(zone.name, locale)}
                  {reason.kind === 'carrier' && (
                    <span className="ibrief__why">
                      {' '}
                      ({t('lensVia')} {join(reason.carriers.map((c) => localize(c.name, locale)))})
                    </span>
                  )}
                  {reason.kind === 'parent' && (
                    <span className="ibrief__why">
                      {' '}
                      ({t('lensViaParent')} {localize(reason.parent.name, locale)})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {carriers.length > 0 && (
            <p className="ibrief__carriers">
              <span className="ibrief__term">{t('carriers')}</span>{' '}
              {carriers.map(({ carrier }, i) => (
                <span key={carrier.id} className={i >= briefCarriersPerPlan ? 'ibrief__extra' : undefined}>
                  {i > 0 && (locale === 'zh' ? '、' : ', ')}
                  {localize(carrier.name, locale)}
                </span>
              ))}
              {carriers.length > briefCarriersPerPlan && (
                <span className="ibrief__why ibrief__more"> {moreText(carriers.length - briefCarriersPerPlan, locale)}</span>
              )}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
