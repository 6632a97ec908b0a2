import { useId } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { planTargets } from '../../data/plan-targets';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import { IndicatorTableView } from './indicator-table-view';
import { TargetRow } from '../shared/target-row';
import './plan-targets.css';
import { panelMessages } from '../../i18n/messages-panels';

/**
 * A plan's plan-wide targets, shown once rather than in every zone card: its indicator tables as the
 * document groups them, then the targets taken from its text.
 */
export function PlanTargetsPanel() {
  const t = useT(panelMessages);
  // The list of plans with targets needs every plan's detail.
  const index = useCatalogIndex('all');
  const locale = useAppStore((s) => s.locale);
  const chosen = useAppStore((s) => s.targetsPlanId);
  const selectedPlan = useAppStore((s) => (s.selectedZoneId ? index?.zone(s.selectedZoneId)?.planId : undefined));
  const planTargetsOpened = useAppStore((s) => s.planTargetsOpened);
  const selectId = useId();
  if (!index) return <p className="plan-targets__hint">{t('loading')}</p>;
  const plans = index.catalog.plans.filter((plan) => index.planTargets(plan.id).length > 0);
  const plan = plans.find((p) => p.id === (chosen ?? selectedPlan)) ?? plans[0];
  if (!plan) return <p className="plan-targets__hint">{t('planTargetsNone')}</p>;
  const { tables, fromText } = planTargets(index, plan.id);

  return (
    <section className="plan-targets" aria-labelledby="plan-targets-title" data-testid="plan-targets">
      <h2 id="plan-targets-title">{t('planTargets')}</h2>
      <label className="plan-targets__choose" htmlFor={selectId}>
        {t('briefPlan')}
      </label>
      <select id={selectId} className="plan-targets__select" value={plan.id} onChange={(event) => planTargetsOpened(event.target.value)}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {localize(p.name, locale)}
          </option>
        ))}
      </select>
      <p className="plan-targets__plan">
        <PlanTitle plan={plan} name="name" />
      </p>
      {tables.map((section) => (
        <IndicatorTableView key={section.table.id} section={section} />
      ))}
      {fromText.length > 0 && (
        <section className="plan-targets__text" aria-labelledby="plan-targets-text">
          <h3 id="plan-targets-text">{t('planTargetsFromText')}</h3>
          <p className="plan-targets__hint">{t('planTargetsFromTextHint')}</p>
          <ul className="targets">
            {fromText.map((target) => (
              <TargetRow key={target.id} target={target} foldSources />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
