import type { LensPlanGroup } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { moreText } from '../shared/export-content';

/**
 * Every place of the lens on paper: per plan, its zones (and why each is there) and its carriers, as dense runs;
 * at most `carrierCap` carriers per plan (see use-fit-to-page.ts), the rest counted.
 */
export function BriefPlaces({ groups, carrierCap }: { groups: LensPlanGroup[]; carrierCap: number }) {
  const t = useT(lensMessages);
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
              {join(carriers.slice(0, carrierCap).map(({ carrier }) => localize(carrier.name, locale)))}
              {carriers.length > carrierCap && (
                <span className="ibrief__why"> {moreText(carriers.length - carrierCap, locale)}</span>
              )}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
