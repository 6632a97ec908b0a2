import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import { ZoneCardLists } from './zone-card-lists';
import { ZoneIndustries } from './zone-industries';
import { DraftNote } from './lazy-draft-note';
import { isDraftZone } from '../../data/draft-catalog';
import { formatNumber } from '../../i18n/format';
import { useAfterPaint } from '../shared/use-after-paint';

/** What the plan assigns to one zone: industries, carriers, targets, each with its source. */
export function ZoneCard({ zone, index }: { zone: Zone; index: CatalogIndex }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const selectionCleared = useAppStore((s) => s.selectionCleared);
  const plan = index.plan(zone.planId);
  const parent = zone.parentId ? index.zone(zone.parentId) : undefined;
  const draft = isDraftZone(zone);
  // A newly picked zone's lists wait until the frame that shows its head has been painted (none meanwhile, never
  // the previous zone's). Keyed by id, so the zone's plan detail arriving fills them at once.
  const listedId = useAfterPaint(zone.id);
  const listed = listedId === zone.id;

  return (
    <article className="zone-card" aria-labelledby="zone-card-title" aria-busy={!listed || undefined} data-testid="zone-card">
      <header className="zone-card__header">
        <p className="zone-card__plan">
          {plan && <PlanTitle plan={plan} />} · {zoneKindTerms[zone.kind][locale]}
          {parent && ` · ${t('parentZone')} ${localize(parent.name, locale)}`}
        </p>
        <h2 id="zone-card-title" className="zone-card__title">
          {localize(zone.name, locale)}
        </h2>
        {zone.role && <p className="zone-card__role">{localize(zone.role, locale)}</p>}
        {zone.theme && <p className="zone-card__theme">{localize(zone.theme, locale)}</p>}
        {zone.areaKm2 && (
          <p className="zone-card__area">
            {t('areaAbout')} {formatNumber(zone.areaKm2, locale)} km²
          </p>
        )}
        <button type="button" className="icon-button zone-card__close" aria-label={t('close')} onClick={selectionCleared}>
          ×
        </button>
      </header>

      {draft && <DraftNote zone={zone} index={index} />}

      <ZoneIndustries zone={zone} index={index} />

      {/* The click's frame paints the card's head and industries; the lists (often dozens of carriers, each
          with its sources) are rendered just after that frame is painted, so a pick answers at once. */}
      {listed && <ZoneCardLists zone={zone} index={index} />}
    </article>
  );
}
