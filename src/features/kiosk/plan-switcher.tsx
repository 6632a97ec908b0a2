import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import type { KioskPlan } from './attract-playlist';
import { kioskPlanChosen } from './kiosk-actions';

/** One big button per plan the kiosk offers; the plan on the map is the pressed one. */
export function PlanSwitcher({ plans, onScreen }: { plans: KioskPlan[]; onScreen?: string }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <nav className="kiosk-plans" aria-label={t('kioskPlans')} data-testid="kiosk-plans">
      {plans.map((plan) => (
        <button
          key={plan.planId}
          type="button"
          className="kiosk-plans__option"
          aria-pressed={plan.planId === onScreen}
          onClick={() => kioskPlanChosen(plan.planId)}
        >
          {localize(plan.label, locale)}
        </button>
      ))}
    </nav>
  );
}
