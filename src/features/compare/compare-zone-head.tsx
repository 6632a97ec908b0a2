import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import { panelMessages } from '../../i18n/messages-panels';

interface CompareZoneHeadProps {
  letter: 'A' | 'B';
  zone: Zone;
  index: CatalogIndex;
  onRemove: () => void;
}

/** One compared zone: its letter (used to label every section below), plan, name (opens its card) and remove. */
export function CompareZoneHead({ letter, zone, index, onRemove }: CompareZoneHeadProps) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const plan = index.plan(zone.planId);
  const name = localize(zone.name, locale);
  return (
    <div className={`compare-head compare-head--${letter.toLowerCase()}`}>
      <span className="compare-letter" aria-hidden="true">
        {letter}
      </span>
      <div className="compare-head__text">
        <p className="compare-head__plan">
          {plan && <PlanTitle plan={plan} />} · {zoneKindTerms[zone.kind][locale]}
        </p>
        <button type="button" className="compare-head__name" aria-label={`${letter}: ${name}`} onClick={() => zoneSelected(zone.id)}>
          {name}
        </button>
      </div>
      <button type="button" className="icon-button compare-head__remove" aria-label={`${t('compareRemove')}: ${name}`} onClick={onRemove}>
        ×
      </button>
    </div>
  );
}
