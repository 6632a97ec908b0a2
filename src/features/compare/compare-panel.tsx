import type { ReactNode } from 'react';
import type { Carrier, Target } from '../../data/catalog-schema';
import { useCatalogIndex, useFirstViewIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { carrierKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { IndustryChips } from '../shared/industry-chips';
import { CompareColumns } from './compare-columns';
import { CompareTarget } from './compare-target';
import { CompareZoneHead } from './compare-zone-head';
import { compareZones } from './compare-zones';
import { formatNumber } from '../../i18n/format';
import './compare.css';
import { panelMessages } from '../../i18n/messages-panels';

/** Two zones side by side: the industries they share and do not, their carriers and targets. */
export function ComparePanel() {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const compareZoneIds = useAppStore((s) => s.compareZoneIds);
  const compareCleared = useAppStore((s) => s.compareCleared);
  const shown = useFirstViewIndex();
  const index = useCatalogIndex([...new Set(compareZoneIds.flatMap((id) => shown?.zone(id)?.planId ?? []))]);
  const zones = index ? compareZoneIds.flatMap((id) => index.zone(id) ?? []) : [];
  const [idA, idB] = zones.map((zone) => zone.id);
  const comparison = index && idA && idB ? compareZones(index, idA, idB) : undefined;
  const count = (n: number) => formatNumber(n, locale);
  const none = <p className="compare__none">{t('compareNone')}</p>;

  const remove = useAppStore((s) => s.zoneUncompared);

  const carrierList = (carriers: Carrier[]): ReactNode =>
    carriers.length === 0 ? (
      none
    ) : (
      <ul className="compare-carriers">
        {carriers.map((carrier) => (
          <li key={carrier.id}>
            <span className="carrier__kind">{carrierKindTerms[carrier.kind][locale]}</span> {localize(carrier.name, locale)}
          </li>
        ))}
      </ul>
    );
  const targetList = (targets: Target[]): ReactNode =>
    targets.length === 0 ? (
      none
    ) : (
      <ul className="compare-targets">
        {targets.map((target) => (
          <CompareTarget key={target.id} target={target} />
        ))}
      </ul>
    );

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare-panel">
      <header className="compare__header">
        <h2 id="compare-title">{t('compareTitle')}</h2>
        {zones.length > 0 && (
          <button type="button" className="button" onClick={compareCleared}>
            {t('compareClear')}
          </button>
        )}
      </header>

      {index && zones.length > 0 && (
        <div className="compare__zones">
          {zones.map((zone, i) => (
            <CompareZoneHead key={zone.id} letter={i === 0 ? 'A' : 'B'} zone={zone} index={index} onRemove={() => remove(zone.id)} />
          ))}
        </div>
      )}
      {zones.length < 2 && <p className="compare__hint">{zones.length === 0 ? t('compareEmpty') : t('compareNeedOne')}</p>}

      {comparison && (
        <>
          <section className="compare__section" aria-labelledby="compare-industries">
            <h3 id="compare-industries">{t('industries')}</h3>
            <h4 className="compare__shared">
              {t('compareShared')} <span className="count">{count(comparison.industries.shared.length)}</span>
            </h4>
            {comparison.industries.shared.length > 0 ? <IndustryChips industries={comparison.industries.shared} /> : none}
            <CompareColumns prefix={t('compareOnlyIn')} a={comparison.a} b={comparison.b}>
              {comparison.industries.onlyA.length > 0 ? <IndustryChips industries={comparison.industries.onlyA} /> : none}
              {comparison.industries.onlyB.length > 0 ? <IndustryChips industries={comparison.industries.onlyB} /> : none}
            </CompareColumns>
          </section>

          <section className="compare__section" aria-labelledby="compare-carriers">
            <h3 id="compare-carriers">{t('carriers')}</h3>
            <CompareColumns a={comparison.a} b={comparison.b}>
              {carrierList(comparison.carriersA)}
              {carrierList(comparison.carriersB)}
            </CompareColumns>
          </section>

          <section className="compare__section" aria-labelledby="compare-targets">
            <h3 id="compare-targets">{t('targets')}</h3>
            <CompareColumns a={comparison.a} b={comparison.b}>
              {targetList(comparison.targetsA)}
              {targetList(comparison.targetsB)}
            </CompareColumns>
          </section>
        </>
      )}
    </section>
  );
}
