import { useEffect, useRef } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import type { LensScope } from '../../data/lens-scope';
import { localize } from '../../i18n/localize';
import { sectorTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { useDetailWhenSeen } from '../../state/use-detail-when-seen';
import { TaskList } from '../shared/task-list';
import { TargetRow } from '../shared/target-row';
import { IndustryBriefActions } from '../industry-brief';
import { PresentTheseButton } from '../present';
import { LensCodes } from './lens-codes';
import { LensPlaces } from './lens-places';
import { LensSection } from './lens-section';
import { formatNumber } from '../../i18n/format';

interface Props {
  index: CatalogIndex;
  scope: LensScope;
  onClear: () => void;
  /** Set when the user picked from the list, whose button just disappeared. */
  takeFocus: boolean;
}

/** A family or an industry: its codes, every place of every plan that wants it, the targets and the 2022 tasks. */
export function LensDetail({ index, scope, onClear, takeFocus }: Props) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const familyPicked = useAppStore((s) => s.familyPicked);
  const industryPicked = useAppStore((s) => s.industryPicked);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const format = (n: number) => formatNumber(n, locale);
  const count = (key: 'lensPlacesCount' | 'lensIndustriesCount', n: number) =>
    t(n === 1 ? `${key}One` : key).replace('{n}', format(n));
  const afterPlaces = useRef<HTMLDivElement>(null);
  useDetailWhenSeen(afterPlaces, scope.planIds);
  const isFamily = scope.subject.kind === 'family';
  const family = isFamily ? index.family(scope.subject.id) : index.family(scope.industries[0]!.familyId);
  const industry = isFamily ? undefined : scope.industries[0]!;
  const codes = industry?.codes ?? family?.codes;
  const title = localize(scope.name, locale);
  const otherName = locale === 'zh' ? scope.name.en : scope.name.zh;
  const taskSource = scope.tasks[0] && index.catalog.sources.find((s) => s.id === scope.tasks[0]!.refs[0]?.source);

  useEffect(() => {
    if (takeFocus) titleRef.current?.focus();
  }, [takeFocus, scope]);

  return (
    <article className="lens-detail" aria-labelledby="lens-detail-title" data-testid="lens-detail" data-lens-kind={scope.subject.kind}>
      <header className="lens-detail__header">
        <p className="lens-detail__sector">
          {isFamily ? t('lensFamily') : sectorTerms[industry!.sector][locale]}
          {!isFamily && family && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => familyPicked(family.id)}>
                {t('lensFamily')} {localize(family.name, locale)}
              </button>
            </>
          )}
        </p>
        <h3 id="lens-detail-title" className="lens-detail__title" ref={titleRef} tabIndex={-1}>
          {title}
        </h3>
        {otherName && otherName !== title && (
          <p className="lens-detail__other" lang={locale === 'zh' ? 'en' : 'zh'}>
            {otherName}
          </p>
        )}
        {industry && industry.aliases.length > 0 && (
          <p className="lens-detail__aliases">
            {t('lensAlso')} <span lang="zh">{industry.aliases.join('、')}</span>
          </p>
        )}
        <p className="lens-detail__summary" data-testid="lens-summary">
          {isFamily && `${count('lensIndustriesCount', scope.industries.length)} · `}
          {count('lensPlacesCount', scope.placeCount)}
        </p>
        {codes && <LensCodes codes={codes} />}
        <div className="lens-detail__actions">
          <button type="button" className="button lens-detail__clear" onClick={onClear}>
            {t('lensClear')}
          </button>
          <IndustryBriefActions scope={scope} />
          <PresentTheseButton subject={scope.subject} />
        </div>
      </header>

      {isFamily && (
        <LensSection id="lens-industries-title" title={t('lensIndustriesOfFamily')} count={format(scope.industries.length)}>
          <ul className="chips">
            {scope.industries.map((member) => (
              <li key={member.id}>
                <button type="button" className="chip" onClick={() => industryPicked(member.id)}>
                  {localize(member.name, locale)}
                </button>
              </li>
            ))}
          </ul>
        </LensSection>
      )}

      {scope.placeCount === 0 ? (
        <p className="lens-empty">{t('lensNone')}</p>
      ) : (
        <LensSection id="lens-places-title" title={t('lensPlaces')} count={format(scope.placeCount)}>
          <LensPlaces key={`${scope.subject.kind}:${scope.subject.id}`} groups={scope.groups} showIndustries={isFamily} />
        </LensSection>
      )}
      {/* The targets and tasks below draw on every plan of the lens: read that far, all their details are fetched. */}
      <div ref={afterPlaces} aria-hidden="true" />

      {scope.targets.length > 0 && (
        <LensSection id="lens-targets-title" title={t('lensTargets')} count={format(scope.targets.length)}>
          <ul className="targets">
            {scope.targets.map((target) => (
              <TargetRow key={target.id} target={target} />
            ))}
          </ul>
        </LensSection>
      )}

      {scope.tasks.length > 0 && (
        <LensSection id="lens-tasks-title" title={t('lensTasks')} count={format(scope.tasks.length)}>
          {taskSource && <p className="lens-tasks__source">{localize(taskSource.title, locale)}</p>}
          <TaskList tasks={scope.tasks} />
        </LensSection>
      )}
    </article>
  );
}
