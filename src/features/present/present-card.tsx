import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { rankedIndustries } from '../../data/ranked-industries';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import { fill } from '../../i18n/fill';
import { PresentSources } from './present-sources';
import { PresentTargets } from './present-targets';
import { panelMessages } from '../../i18n/messages-panels';

/** Chips that fit a slide without scrolling; the rest are counted. */
const chipsShown = 10;

/**
 * One zone as a slide: large title, role and theme, industries as large chips, key targets as big numbers,
 * sources in small type. Chips are labels here, not buttons: a tap in front of an audience must not
 * switch the map into the industry lens. The industries the plan puts first lead, marked; on a tour of a
 * lens's places (`topicIds`) the lens's industries lead and are highlighted, so every slide says why this place.
 */
export function PresentCard({ zone, index, topicIds = [] }: { zone: Zone; index: CatalogIndex; topicIds?: string[] }) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const plan = index.plan(zone.planId);
  const parent = zone.parentId ? index.zone(zone.parentId) : undefined;
  const ranked = rankedIndustries(index, zone);
  const isTopic = (id: string) => topicIds.includes(id);
  const industries = [...ranked.filter((r) => isTopic(r.industry.id)), ...ranked.filter((r) => !isTopic(r.industry.id))];
  const targets = zone.targetIds.flatMap((id) => index.target(id) ?? []);

  return (
    <article className="present-card" aria-labelledby="present-card-title" data-testid="present-card">
      <p className="present-card__eyebrow">
        {plan && (
          <>
            {localize(plan.area, locale)} · <PlanTitle plan={plan} />
            {' · '}
          </>
        )}
        {zoneKindTerms[zone.kind][locale]}
        {parent && ` · ${t('parentZone')} ${localize(parent.name, locale)}`}
      </p>
      <h2 id="present-card-title" className="present-card__title">
        {localize(zone.name, locale)}
      </h2>
      {zone.role && <p className="present-card__role">{localize(zone.role, locale)}</p>}
      {zone.theme && <p className="present-card__theme">{localize(zone.theme, locale)}</p>}

      {industries.length > 0 && (
        <section aria-labelledby="present-industries">
          <h3 id="present-industries">{t('industries')}</h3>
          <ul className="present-chips">
            {industries.slice(0, chipsShown).map(({ industry, core }) => (
              <li
                key={industry.id}
                className={['present-chip', core && 'present-chip--core', isTopic(industry.id) && 'present-chip--topic'].filter(Boolean).join(' ')}
              >
                {localize(industry.name, locale)}
                {core && <span className="present-chip__mark">{t('coreIndustry')}</span>}
              </li>
            ))}
            {industries.length > chipsShown && (
              <li className="present-chip present-chip--more">{fill(t('presentMore'), { n: industries.length - chipsShown })}</li>
            )}
          </ul>
        </section>
      )}

      {targets.length > 0 && (
        <section aria-labelledby="present-targets">
          <h3 id="present-targets">{t('targets')}</h3>
          <PresentTargets targets={targets} />
        </section>
      )}

      <footer className="present-card__sources">
        <h3>{t('sources')}</h3>
        <PresentSources refs={zone.refs} />
      </footer>
    </article>
  );
}
