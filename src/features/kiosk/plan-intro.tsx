import type { CatalogIndex } from '../../data/catalog-index';
import { fill } from '../../i18n/fill';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import { kioskPlanLabel, type KioskPlan } from './attract-playlist';

/** With nothing picked, the card's place says which plan is on the map (the key beside it says what to do). */
export function PlanIntro({ planId, index, plans }: { planId: string; index: CatalogIndex; plans: KioskPlan[] }) {
  const t = useT(kioskMessages);
  const locale = useAppStore((s) => s.locale);
  const plan = index.plan(planId);
  const label = kioskPlanLabel(planId, plans, index);
  if (!plan || !label) return null;
  return (
    <section className="plan-intro" aria-labelledby="plan-intro-title" data-testid="plan-intro">
      <p className="visitor-card__plan">{t('kioskOnMap')}</p>
      <h2 id="plan-intro-title" className="visitor-card__title">
        {localize(label, locale)}
      </h2>
      <p className="visitor-card__role">{localize(plan.name, locale)}</p>
      <p className="plan-intro__period">
        {localize(plan.period, locale)} · {fill(t('kioskAreaCount'), { n: index.zonesOfPlan(planId).length })}
      </p>
    </section>
  );
}
