import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { rankedIndustries } from '../../data/ranked-industries';
import { settings } from '../../config/env';
import { localize } from '../../i18n/localize';
import { placeList } from '../../i18n/place-names';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import { SourceList } from '../shared/source-list';
import { formatDate } from '../../i18n/format';
import { QrCode } from '../shared/qr-code';
import { BriefCarriers } from './brief-carriers';
import { BriefFact as Fact } from './brief-fact';
import { BriefTargets } from './brief-targets';
import { briefCaps, capList } from './brief-limits';
import { MoreNote } from './more-note';
import { panelMessages } from '../../i18n/messages-panels';

export interface ZoneBriefProps {
  zone: Zone;
  index: CatalogIndex;
  /** A snapshot of the map framed on the zone; absent when the map cannot be drawn. */
  mapImage?: string;
  /** The link the QR code opens. */
  url: string;
  now: Date;
}

/** One A4 page about one zone, for an enterprise to take away: what the plan assigns there, and where it says so. */
export function ZoneBrief({ zone, index, mapImage, url, now }: ZoneBriefProps) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const plan = index.plan(zone.planId);
  const parent = zone.parentId ? index.zone(zone.parentId) : undefined;
  const industries = capList(rankedIndustries(index, zone), briefCaps.industries);
  const carriers = zone.carrierIds.flatMap((id) => index.carrier(id) ?? []);
  const targets = zone.targetIds.flatMap((id) => index.target(id) ?? []);
  const refs = capList(zone.refs, briefCaps.sources);
  const credits = [settings.reviewNumber && `${t('reviewNumber')} ${settings.reviewNumber}`, t('schematicNote'), t('dataCredits')];

  return (
    <article className="print-brief" lang={locale === 'zh' ? 'zh-CN' : 'en'} data-testid="zone-brief">
      <header className="brief__head">
        <div>
          <p className="brief__eyebrow">{t('appTitle')}</p>
          <h1 className="brief__title">{localize(zone.name, locale)}</h1>
          <p className="brief__meta">
            {plan && <PlanTitle plan={plan} />} · {zoneKindTerms[zone.kind][locale]}
            {parent && ` · ${t('parentZone')} ${localize(parent.name, locale)}`}
          </p>
        </div>
        <p className="brief__date">
          {t('takeawayDate')} {formatDate(now, locale)}
        </p>
      </header>

      <div className="brief__top">
        <figure className="brief__map">
          {mapImage && <img src={mapImage} alt={localize(zone.name, locale)} />}
          <figcaption>{t('briefMapNote')}</figcaption>
        </figure>
        <aside className="brief__facts">
          <dl>
            {plan && <Fact term={t('briefPlan')} value={localize(plan.name, locale)} />}
            {zone.role && <Fact term={t('role')} value={localize(zone.role, locale)} strong />}
            {zone.theme && <Fact term={t('theme')} value={localize(zone.theme, locale)} />}
            {zone.districts.length > 0 && <Fact term={t('briefDistricts')} value={placeList(zone.districts, locale)} />}
          </dl>
          <div className="brief__qr">
            <QrCode text={url} label={t('takeawayScan')} className="brief__qr-code" />
            <p>{t('takeawayScan')}</p>
          </div>
        </aside>
      </div>

      <section className="brief__section">
        <h2>{t('industries')}</h2>
        <ul className="brief__inline">
          {industries.shown.map(({ industry, core }) => (
            <li key={industry.id} className={core ? 'brief__core' : undefined}>
              {localize(industry.name, locale)}
              {core && t('takeawayCoreMark')}
            </li>
          ))}
        </ul>
        <MoreNote count={industries.more} />
      </section>

      {carriers.length > 0 && (
        <section className="brief__section">
          <h2>
            {t('carriers')} <span className="count">{carriers.length}</span>
          </h2>
          <BriefCarriers carriers={carriers} />
        </section>
      )}

      {targets.length > 0 && (
        <section className="brief__section">
          <h2>{t('targets')}</h2>
          <BriefTargets targets={targets} />
        </section>
      )}

      <section className="brief__section brief__sources">
        <h2>{t('sources')}</h2>
        <SourceList refs={refs.shown} />
        <MoreNote count={refs.more} then={t('briefSourcesMore')} />
      </section>

      <footer className="brief__foot">
        <span>{credits.filter(Boolean).join(' · ')}</span>
        <span className="brief__url">{url}</span>
      </footer>
    </article>
  );
}
