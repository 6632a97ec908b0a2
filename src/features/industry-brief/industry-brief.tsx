import { useRef } from 'react';
import { settings } from '../../config/env';
import type { CatalogIndex } from '../../data/catalog-index';
import type { LensScope } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { formatDate } from '../../i18n/format';
import { QrCode } from '../shared/qr-code';
import { BriefCodes } from './brief-codes';
import { briefSources, lineRuns } from './brief-data';
import { BriefPlaces } from './brief-places';
import { BriefTargets } from './brief-targets';
import { BriefTasks } from './brief-tasks';
import { useFitToPage } from './use-fit-to-page';
import { panelMessages } from '../../i18n/messages-panels';

export interface IndustryBriefProps {
  scope: LensScope;
  index: CatalogIndex;
  /** A snapshot of the map framed on every place; absent when the map cannot be drawn. */
  mapImage?: string;
  /** The link the QR code opens: the same lens. */
  url: string;
  now: Date;
}

/**
 * One A4 page for an enterprise: a family or industry with its codes, a map of all its places, the places by
 * plan with their carriers, the targets, the 2022 tasks with their lead units, and where each comes from.
 */
export function IndustryBrief({ scope, index, mapImage, url, now }: IndustryBriefProps) {
  const t = useT(lensMessages, panelMessages);
  const locale = useAppStore((s) => s.locale);
  const isFamily = scope.subject.kind === 'family';
  const family = index.family(isFamily ? scope.subject.id : scope.industries[0]!.familyId);
  const codes = isFamily ? family?.codes : (scope.industries[0]!.codes ?? family?.codes);
  const title = localize(scope.name, locale);
  const other = locale === 'zh' ? scope.name.en : scope.name.zh;
  const count = (key: 'lensPlacesCount' | 'lensIndustriesCount', n: number) => t(n === 1 ? `${key}One` : key).replace('{n}', String(n));
  const credits = [settings.reviewNumber && `${t('reviewNumber')} ${settings.reviewNumber}`, t('schematicNote'), t('dataCredits')];
  const join = (names: string[]) => names.join(locale === 'zh' ? '、' : ', ');
  const page = useRef<HTMLElement>(null);
  const carrierCap = useFitToPage(page, `${scope.subject.kind}:${scope.subject.id}:${locale}`);

  return (
    <article className="ibrief" lang={locale === 'zh' ? 'zh-CN' : 'en'} data-testid="industry-brief" ref={page}>
      <header className="ibrief__head">
        <div>
          <p className="ibrief__eyebrow">
            {t('appTitle')} · {t('lensTitle')}
          </p>
          <h1 className="ibrief__title">{title}</h1>
          <p className="ibrief__meta">
            {other && other !== title && (
              <span className="ibrief__other" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
                {other} ·{' '}
              </span>
            )}
            {isFamily ? t('lensFamily') : `${t('lensFamily')} ${family ? localize(family.name, locale) : ''}`} ·{' '}
            {isFamily && `${count('lensIndustriesCount', scope.industries.length)} · `}
            {count('lensPlacesCount', scope.placeCount)}
          </p>
        </div>
        <p className="ibrief__date">
          {t('takeawayDate')} {formatDate(now, locale)}
        </p>
      </header>
      {codes && <BriefCodes codes={codes} />}

      <div className="ibrief__top">
        <figure className="ibrief__map">
          {mapImage && <img src={mapImage} alt={title} />}
          <figcaption>{t('briefMapNoteLens')}</figcaption>
        </figure>
        <aside className="ibrief__side">
          {isFamily && (
            <section>
              <h2>{t('lensIndustriesOfFamily')}</h2>
              <p>{join(scope.industries.map((i) => localize(i.name, locale)))}</p>
            </section>
          )}
          {scope.targets.length > 0 && (
            <section>
              <h2>{t('lensTargets')}</h2>
              <BriefTargets targets={scope.targets} />
            </section>
          )}
        </aside>
      </div>

      <section className="ibrief__section">
        <h2>{t('briefPlaces')}</h2>
        <BriefPlaces groups={scope.groups} carrierCap={carrierCap} />
      </section>

      {scope.tasks.length > 0 && (
        <section className="ibrief__section">
          <h2>{t('lensTasks')}</h2>
          <BriefTasks tasks={scope.tasks} />
        </section>
      )}

      <div className="ibrief__end">
        <section className="ibrief__section ibrief__sources">
          <h2>{t('briefSources')}</h2>
          <ul>
            {briefSources(scope, index.catalog.sources).map(({ source, lines }) => (
              <li key={source.id}>
                {localize(source.title, locale)} <span className="ibrief__lines">{t('lines')} {lineRuns(lines)}</span>
              </li>
            ))}
          </ul>
        </section>
        <div className="ibrief__qr">
          <QrCode text={url} label={t('takeawayScan')} className="ibrief__qr-code" />
          <p>{t('takeawayScan')}</p>
        </div>
      </div>

      <footer className="ibrief__foot">
        <span>{credits.filter(Boolean).join(' · ')}</span>
        <span className="ibrief__url">{url}</span>
      </footer>
    </article>
  );
}
