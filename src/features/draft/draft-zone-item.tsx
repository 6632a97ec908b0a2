import { useAppStore } from '../../state/store';
import { useT } from '../../i18n/use-t';
import { localize } from '../../i18n/localize';
import type { DraftZone } from '../../data/draft-model';

/**
 * One draft zone's fields: names, role and industries. Text is taken when the field is left (one undo step per
 * edit, not per keystroke); the item is keyed on its values, so an undo shows the text it restores.
 */
export function DraftZoneItem({ zone }: { zone: DraftZone }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const industries = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog.industries : []));
  const { draftZoneEdited, draftZoneRemoved } = useAppStore.getState();
  const nameOf = (id: string) => {
    const industry = industries.find((i) => i.id === id);
    return industry ? localize(industry.name, locale) : id;
  };
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
  const available = industries.filter((i) => !zone.industryIds.includes(i.id));

  return (
    <li className="draft-zone" data-draft-zone={zone.id}>
      <div className="draft-zone__head">
        <span className="draft-badge">{t('draftBadge')}</span>
        <strong className="draft-zone__name">{locale === 'en' ? zone.name.en || zone.name.zh : zone.name.zh}</strong>
        <button type="button" className="draft-zone__remove" onClick={() => draftZoneRemoved(zone.id)}>
          {t('draftRemoveZone')}
        </button>
      </div>
      {text(zone.name.zh, (zh) => edit({ name: { ...zone.name, zh } }), t('draftZoneName'))}
      {text(zone.name.en, (en) => edit({ name: { ...zone.name, en } }), t('draftZoneNameEn'))}
      {text(locale === 'en' ? zone.role.en : zone.role.zh, (value) => edit({ role: { ...zone.role, [locale]: value } }), t('draftZoneRole'))}
      <ul className="draft-zone__industries">
        {zone.industryIds.map((id) => (
          <li key={id} className="draft-zone__industry">
            {nameOf(id)}
            <button
              type="button"
              aria-label={`${t('draftRemoveIndustry')}: ${nameOf(id)}`}
              onClick={() => edit({ industryIds: zone.industryIds.filter((other) => other !== id) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="draft-zone__field">
        {t('draftAddIndustry')}
        <select value="" onChange={(event) => event.target.value && edit({ industryIds: [...zone.industryIds, event.target.value] })}>
          <option value="">…</option>
          {available.map((industry) => (
            <option key={industry.id} value={industry.id}>
              {localize(industry.name, locale)}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}
