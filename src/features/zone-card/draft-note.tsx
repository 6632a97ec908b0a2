import type { CatalogIndex } from '../../data/catalog-index';
import type { Zone } from '../../data/catalog-schema';
import { changesAnything, draftChanges } from '../../data/draft-changes';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { draftMessages, type DraftMessageKey } from '../../i18n/messages-draft';
import { useAppStore } from '../../state/store';
import { DraftBadge } from '../shared/draft-badge';

/**
 * On a draft zone's card: that it is a draft, and for an edit of a plan zone, which zone it edits and what the
 * draft changes there. The changes have no citation; the plan's own facts keep theirs, one click away on the
 * plan's zone.
 */
export function DraftNote({ zone, index }: { zone: Zone; index: CatalogIndex }) {
  const t = useT(draftMessages);
  const locale = useAppStore((s) => s.locale);
  const edit = useAppStore((s) => s.draft.present.find((z) => z.id === zone.id));
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const planZone = edit?.editOf ? index.zone(edit.editOf) : undefined;
  const plan = planZone ? index.plan(planZone.planId) : undefined;
  if (!planZone || !edit) {
    return (
      <p className="zone-card__draft">
        <DraftBadge />
      </p>
    );
  }
  const changes = draftChanges(edit, planZone);
  const names = (ids: string[], find: (id: string) => { name: Zone['name'] } | undefined) =>
    ids.map((id) => (find(id) ? localize(find(id)!.name, locale) : id)).join(locale === 'zh' ? '、' : ', ');
  const text = (value: { zh: string; en: string }) => (locale === 'en' ? value.en || value.zh : value.zh || value.en);
  const rows: [DraftMessageKey, string][] = [
    ...(changes.name ? [['draftChangeName', text(changes.name)] as [DraftMessageKey, string]] : []),
    ...(changes.role ? [['draftChangeRole', text(changes.role)] as [DraftMessageKey, string]] : []),
    ['draftChangeIndustriesAdded', names(changes.industriesAdded, index.industry)],
    ['draftChangeIndustriesRemoved', names(changes.industriesRemoved, index.industry)],
    ['draftChangeCarriersAdded', names(changes.carriersAdded, index.carrier)],
    ['draftChangeCarriersRemoved', names(changes.carriersRemoved, index.carrier)],
  ];
  return (
    <section className="zone-card__draft" aria-label={t('draftChanges')} data-testid="draft-changes">
      <p>
        <DraftBadge /> {t('draftEditOf')} {localize(planZone.name, locale)}
        {plan && ` · ${localize(plan.pattern, locale)}`}
      </p>
      <h3>{t('draftChanges')}</h3>
      {changesAnything(changes) ? (
        <ul>
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <li key={label}>
                {t(label)}: {value}
              </li>
            ))}
          {changes.reshaped && <li>{t('draftChangeShape')}</li>}
        </ul>
      ) : (
        <p>{t('draftNoChanges')}</p>
      )}
      <button type="button" className="link-button" onClick={() => zoneSelected(planZone.id)}>
        {t('draftPlanZoneOpen')}
      </button>
    </section>
  );
}
