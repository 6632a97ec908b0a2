import { useAppStore } from '../../state/store';
import { useT } from '../../i18n/use-t';
import { draftMessages } from '../../i18n/messages-draft';
import { localize } from '../../i18n/localize';
import type { DraftZone } from '../../data/draft-model';
import { DraftBadge } from '../shared/draft-badge';
import { DraftChoices } from './draft-choices';

/**
 * One draft zone: its head, and when it is the open one, its fields (names, role, industries, carriers). Text is
 * taken when the field is left (one undo step per edit, not per keystroke); the item is keyed on its values, so
 * an undo shows the text it restores.
 */
export function DraftZoneItem({ zone }: { zone: DraftZone }) {
  const t = useT(draftMessages);
  const locale = useAppStore((s) => s.locale);
  // Open when chosen here, drawn, or picked anywhere else (map, lens, matrix, link).
  const open = useAppStore((s) => s.draftZoneId === zone.id || s.selectedZoneId === zone.id);
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  const { draftZoneEdited, draftZoneRemoved, draftZoneOpened, zoneSelected } = useAppStore.getState();
  const planZone = zone.editOf ? catalog?.zones.find((z) => z.id === zone.editOf) : undefined;
  const edit = (patch: Parameters<typeof draftZoneEdited>[1]) => draftZoneEdited(zone.id, patch);
  const text = (value: string, onCommit: (value: string) => void, label: string) => (
    <label className="draft-zone__field">
      {label}
      <input
        defaultValue={value}
        onBlur={(event) => event.target.value !== value && onCommit(event.target.value)}
        onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
      />
    </label>
  );
  const name = locale === 'en' ? zone.name.en || zone.name.zh : zone.name.zh || zone.name.en;
  const openIt = () => {
    draftZoneOpened(zone.id);
    zoneSelected(zone.id, { frame: false });
  };

  return (
    <li className="draft-zone" data-draft-zone={zone.id}>
      <div className="draft-zone__head">
        <DraftBadge />
        <strong className="draft-zone__name">{name}</strong>
        {!open && (
          <button type="button" aria-label={`${t('draftOpenZone')}: ${name}`} onClick={openIt}>
            {t('draftOpenZone')}
          </button>
        )}
        <button type="button" className="draft-zone__remove" aria-label={`${t('draftRemoveZone')}: ${name}`} onClick={() => draftZoneRemoved(zone.id)}>
          {t('draftRemoveZone')}
        </button>
      </div>
      {planZone && (
        <p className="draft-zone__of">
          {t('draftEditOf')} {localize(planZone.name, locale)}
        </p>
      )}
      {open && (
        <>
          {zone.editOf && !zone.geometry && <p className="draft-zone__note">{t('draftShapeFixed')}</p>}
          {text(zone.name.zh, (zh) => edit({ name: { ...zone.name, zh } }), t('draftZoneName'))}
          {text(zone.name.en, (en) => edit({ name: { ...zone.name, en } }), t('draftZoneNameEn'))}
          {text(locale === 'en' ? zone.role.en : zone.role.zh, (value) => edit({ role: { ...zone.role, [locale]: value } }), t('draftZoneRole'))}
          <DraftChoices
            chosen={zone.industryIds}
            options={catalog?.industries ?? []}
            onChange={(industryIds) => edit({ industryIds })}
            addLabel={t('draftAddIndustry')}
            removeLabel={t('draftRemoveIndustry')}
            className="draft-zone__industries"
          />
          <DraftChoices
            chosen={zone.carrierIds}
            options={catalog?.carriers ?? []}
            onChange={(carrierIds) => edit({ carrierIds })}
            addLabel={t('draftAddCarrier')}
            removeLabel={t('draftRemoveCarrier')}
            className="draft-zone__carriers"
          />
        </>
      )}
    </li>
  );
}
