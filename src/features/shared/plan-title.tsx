import type { Plan } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { planEnded } from './plan-period';
import './shared.css';

interface Props {
  plan: Plan;
  /** Which of the plan's names leads: its spatial pattern (一环两轴四带) or its title. */
  name?: 'pattern' | 'name';
}

/**
 * A plan as every heading names it: its pattern or title, its period, and 已到期 / ended once the period is
 * over, so an expired plan never sits unmarked beside current ones.
 */
export function PlanTitle({ plan, name = 'pattern' }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <>
      {localize(name === 'pattern' ? plan.pattern : plan.name, locale)}
      <span className="plan-title__period"> · {localize(plan.period, locale)}</span>
      {planEnded(plan) && (
        <span className="badge badge--ended" title={t('planEndedHint')}>
          {t('planEnded')}
        </span>
      )}
    </>
  );
}
