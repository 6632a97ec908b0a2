import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { PlanEntry } from './plan-entry';
import './zone-index.css';
import { panelMessages } from '../../i18n/messages-panels';

/** The list alternative to the map: every plan and every zone, reachable by keyboard and screen reader. */
export function ZoneIndexPanel() {
  const t = useT(panelMessages);
  const index = useCatalogIndex();
  return (
    <section className="zone-index" aria-labelledby="zone-index-title" data-testid="zone-index">
      <h2 id="zone-index-title">{t('listTitle')}</h2>
      <p className="zone-index__hint">{t('listHint')}</p>
      {index ? (
        <ul className="zone-index__plans">
          {index.catalog.plans.map((plan) => (
            <PlanEntry key={plan.id} plan={plan} index={index} />
          ))}
        </ul>
      ) : (
        <p className="zone-index__hint">{t('loading')}</p>
      )}
    </section>
  );
}
