import { useEffect, useMemo, useRef } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import type { Industry } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { sectorTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PresentTheseButton } from '../present/present-these-button';
import { LensCarrierList } from './lens-carrier-list';
import { lensResults } from './lens-data';
import { LensZoneList } from './lens-zone-list';

interface Props {
  index: CatalogIndex;
  industry: Industry;
  onClear: () => void;
  /** Set when the user picked from the list, whose chip just disappeared. */
  takeFocus: boolean;
}

/** One industry: what it is, and every zone and carrier, in every plan, that is assigned it. */
export function IndustryDetail({ index, industry, onClear, takeFocus }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const results = useMemo(() => lensResults(index, industry.id), [index, industry.id]);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const otherName = locale === 'zh' ? industry.name.en : industry.name.zh;
  const empty = results.zoneCount === 0 && results.carriers.length === 0;

  useEffect(() => {
    if (takeFocus) titleRef.current?.focus();
  }, [takeFocus, industry.id]);

  return (
    <article className="lens-detail" aria-labelledby="lens-detail-title" data-testid="lens-detail">
      <header className="lens-detail__header">
        <p className="lens-detail__sector">{sectorTerms[industry.sector][locale]}</p>
        <h3 id="lens-detail-title" className="lens-detail__title" ref={titleRef} tabIndex={-1}>
          {localize(industry.name, locale)}
        </h3>
        {otherName && otherName !== localize(industry.name, locale) && (
          <p className="lens-detail__other" lang={locale === 'zh' ? 'en' : 'zh'}>
            {otherName}
          </p>
        )}
        {industry.aliases.length > 0 && (
          <p className="lens-detail__aliases">
            {t('lensAlso')} <span lang="zh">{industry.aliases.join('、')}</span>
          </p>
        )}
        <button type="button" className="button lens-detail__clear" onClick={onClear}>
          {t('lensClear')}
        </button>
        <PresentTheseButton industryId={industry.id} />
      </header>

      {empty ? (
        <p className="lens-empty">{t('lensNone')}</p>
      ) : (
        <>
          <p className="lens-detail__summary">{t('lensResults')}</p>
          <section aria-labelledby="lens-zones-title">
            <h4 id="lens-zones-title" className="lens-heading">
              {t('lensZones')} <span className="count">{format.format(results.zoneCount)}</span>
            </h4>
            <LensZoneList groups={results.groups} />
          </section>
          {results.carriers.length > 0 && (
            <section aria-labelledby="lens-carriers-title">
              <h4 id="lens-carriers-title" className="lens-heading">
                {t('carriers')} <span className="count">{format.format(results.carriers.length)}</span>
              </h4>
              <LensCarrierList carriers={results.carriers} />
            </section>
          )}
        </>
      )}
    </article>
  );
}
