import type { CatalogIndex } from '../../data/catalog-index';
import type { Plan } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { planEnded } from '../shared/plan-period';
import { ZoneIndexList } from './zone-index-list';
import { zoneTree } from './zone-tree';
import { panelMessages } from '../../i18n/messages-panels';

/** One plan: what it is, whether the map draws it, and every one of its zones. */
export function PlanEntry({ plan, index }: { plan: Plan; index: CatalogIndex }) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const shown = useAppStore((s) => !s.hiddenPlanIds.includes(plan.id));
  const planToggled = useAppStore((s) => s.planToggled);
  const zones = index.zonesOfPlan(plan.id);
  const headingId = `zone-index-plan-${plan.id}`;
  const name = localize(plan.name, locale);
  return (
    <li className="zone-index__plan">
      <h3 id={headingId} className="zone-index__plan-name">
        {name}
      </h3>
      <p className="zone-index__pattern">{localize(plan.pattern, locale)}</p>
      <p className="zone-index__meta">
        {localize(plan.area, locale)} · {localize(plan.period, locale)}
        {planEnded(plan) && (
          <span className="badge badge--ended" title={t('planEndedHint')}>
            {t('planEnded')}
          </span>
        )}
      </p>
      <label className="zone-index__toggle">
        <input type="checkbox" checked={shown} onChange={() => planToggled(plan.id)} />
        {t('showOnMap')}
        <span className="visually-hidden">{`: ${name}`}</span>
      </label>
      <ZoneIndexList nodes={zoneTree(zones)} />
    </li>
  );
}
