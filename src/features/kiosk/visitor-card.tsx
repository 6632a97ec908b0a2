import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import { kioskPlanLabel, type KioskPlan } from './attract-playlist';
import { VisitorSources } from './visitor-sources';
import { VisitorTargets } from './visitor-targets';
import { headlineTargets, visitorIndustries } from './visitor-facts';

/**
 * A zone for a passer-by: its name and role, a few industries as large chips, one or two headline targets.
 * No line numbers or marks of inference on it; the sources are one tap away. Chips are labels, not buttons:
 * the industry lens is a planner's tool.
 */
export function VisitorCard({ zone, index, plans }: { zone: Zone; index: CatalogIndex; plans: KioskPlan[] }) {
  const t = useT(kioskMessages);
  const locale = useAppStore((s) => s.locale);
  const selectionCleared = useAppStore((s) => s.selectionCleared);
  const plan = kioskPlanLabel(zone.planId, plans, index);
  const industries = visitorIndustries(index, zone);
  const targets = headlineTargets(index, zone);
  return (
    <article className="visitor-card" aria-labelledby="visitor-card-title" data-testid="visitor-card">
      <header className="visitor-card__header">
        {plan && <p className="visitor-card__plan">{localize(plan, locale)}</p>}
        <h2 id="visitor-card-title" className="visitor-card__title">
          {localize(zone.name, locale)}
        </h2>
        {zone.role && <p className="visitor-card__role">{localize(zone.role, locale)}</p>}
        {zone.theme && <p className="visitor-card__role">{localize(zone.theme, locale)}</p>}
        <button type="button" className="visitor-card__close" aria-label={t('close')} onClick={selectionCleared}>
          ×
        </button>
      </header>
      {industries.length > 0 && (
        <section aria-labelledby="visitor-industries">
          <h3 id="visitor-industries">{t('kioskIndustries')}</h3>
          <ul className="visitor-chips">
            {industries.map((industry) => (
              <li key={industry.id} className="visitor-chip">
                {localize(industry.name, locale)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {targets.length > 0 && (
        <section aria-labelledby="visitor-targets">
          <h3 id="visitor-targets">{t('kioskTargets')}</h3>
          <VisitorTargets targets={targets} />
        </section>
      )}
      <VisitorSources key={zone.id} refs={zone.refs} />
    </article>
  );
}
