import { useId, useState } from 'react';
import { useCatalogIndex, usePlanDetails, usePlansOfZones } from '../../state/use-catalog';
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
  const locale = useAppStore((s) => s.locale);
  const chosen = useAppStore((s) => s.targetsPlanId);
  const [selectedPlan] = usePlansOfZones([useAppStore((s) => s.selectedZoneId)]);
  const asked = chosen ?? selectedPlan;
  // Whether the plan asked for turned out to have no plan-wide targets (or no readable detail).
  const askedHasNone = useAppStore((s) => {
    const entry = asked ? s.planDetails[asked] : undefined;
    return entry?.status === 'error' || (entry?.status === 'ready' && !entry.detail.targets.some((target) => !target.scope.zoneId));
  });
  // The panel shows one plan: its detail alone is fetched. Every plan's is fetched for the list of plans with
  // targets once it is opened, or when there is no plan with targets to show yet (the first one is shown).
  const [listOpened, setListOpened] = useState(false);
  usePlanDetails(listOpened ? 'all' : undefined);
  const index = useCatalogIndex(asked && !askedHasNone ? [asked] : 'all');
  const planTargetsOpened = useAppStore((s) => s.planTargetsOpened);
  const selectId = useId();
  if (!index) return <p className="plan-targets__hint">{t('loading')}</p>;
  const plans = index.catalog.plans.filter((plan) => index.planTargets(plan.id).length > 0);
  const plan = plans.find((p) => p.id === asked) ?? plans[0];
  if (!plan) return <p className="plan-targets__hint">{t('planTargetsNone')}</p>;
  const { tables, fromText } = planTargets(index, plan.id);

  return (
    <section className="plan-targets" aria-labelledby="plan-targets-title" data-testid="plan-targets">
      <h2 id="plan-targets-title">{t('planTargets')}</h2>
      <label className="plan-targets__choose" htmlFor={selectId}>
        {t('briefPlan')}
      </label>
      <select
        id={selectId}
        className="plan-targets__select"
        value={plan.id}
        onFocus={() => setListOpened(true)}
        onPointerDown={() => setListOpened(true)}
        onChange={(event) => planTargetsOpened(event.target.value)}
      >
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
