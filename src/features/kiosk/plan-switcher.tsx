import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import type { KioskPlan } from './attract-playlist';
import { kioskPlanChosen } from './kiosk-actions';

/** A sequence's name on two lines where it has two parts: where ("苏州市服务业"), then its pattern. */
function twoLines(label: string): string[] {
  const parts = /^(.+?)(?: · |: )(.+)$/s.exec(label);
  return parts ? [parts[1]!, parts[2]!] : [label];
}

/** One big button per plan the kiosk offers; the plan on the map is the pressed one. */
export function PlanSwitcher({ plans, onScreen }: { plans: KioskPlan[]; onScreen?: string }) {
  const t = useT(kioskMessages);
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
          {twoLines(localize(plan.label, locale)).map((line, i) => (
            <span key={line} className="kiosk-plans__line">
              {/* Read out as one name: the space is not drawn between the lines of a column. */}
              {i > 0 && ' '}
              {line}
            </span>
          ))}
        </button>
      ))}
    </nav>
  );
}
