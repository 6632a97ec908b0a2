import { useEffect, useId, useState } from 'react';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { downloadFile } from '../shared/download-file';
import { exportDraft } from './draft-export';
import { DraftEditSelected } from './draft-edit-selected';
import { DraftToolbar } from './draft-toolbar';
import { DraftZoneItem } from './draft-zone-item';
import { loadedCatalogIndex, planDetailsSettled } from '../../state/use-catalog';

/**
 * The draft's tools and zones, over the map. On a phone it is a bar of tool icons across the top of the map,
 * and the rest (zones, fields, export) opens under it from the bar's 草稿 / Draft button; the zone card stays in
 * the bottom sheet.
 */
export function DraftPanel() {
  const t = useT();
  const bodyId = useId();
  const history = useAppStore((s) => s.draft);
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  const locale = useAppStore((s) => s.locale);
  const draftZoneId = useAppStore((s) => s.draftZoneId);
  const { draftDiscarded } = useAppStore.getState();
  const [planId, setPlanId] = useState<string>();
  const [expanded, setExpanded] = useState(false);
  const plan = catalog?.plans.find((p) => p.id === planId) ?? catalog?.plans[0];

  // A zone just drawn or taken into the draft opens its fields (on a phone, the panel under the bar too).
  useEffect(() => {
    if (draftZoneId) setExpanded(true);
  }, [draftZoneId]);

  const exportFiles = async () => {
    if (!plan) return;
    // The files cite the plans' own passages, which come with their detail files: the draft's plan and the
    // plans whose zones it edits.
    const edited = history.present.flatMap((zone) => (zone.editOf ? (catalog?.zones.find((z) => z.id === zone.editOf)?.planId ?? []) : []));
    await planDetailsSettled([plan.id, ...edited]);
    const cited = loadedCatalogIndex();
    const citedPlan = cited?.plan(plan.id);
    if (!cited || !citedPlan?.refs.length) return;
    for (const file of exportDraft(history.present, citedPlan, cited.catalog)) {
      const type = file.path.endsWith('.geojson') ? 'application/geo+json' : 'text/yaml';
      downloadFile(new Blob([file.text], { type }), file.path.split('/').at(-1)!);
    }
  };
  const leave = (
    <a className="draft-panel__leave" href="./">
      {t('draftLeave')}
    </a>
  );

  return (
    <section className="draft-panel" data-expanded={expanded} data-map-overlay="right" aria-labelledby="draft-title">
      <div className="draft-panel__bar">
        <div className="draft-panel__head phone-visually-hidden">
          <h2 id="draft-title" className="draft-panel__title">
            {t('draftTitle')}
          </h2>
          {leave}
        </div>
        <button
          type="button"
          className="draft-panel__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          aria-label={`${t('draftPanelOpen')}: ${t('draftZones')} ${history.present.length}`}
          onClick={() => setExpanded(!expanded)}
        >
          {t('draftTitle')} {history.present.length}
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
        <DraftToolbar />
      </div>
      <div id={bodyId} className="draft-panel__body">
        <p className="draft-panel__hint">{t('draftHint')}</p>
        <DraftEditSelected />
        <label className="draft-panel__plan">
          {t('draftForPlan')}
          <select value={plan?.id ?? ''} onChange={(event) => setPlanId(event.target.value)}>
            {catalog?.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {localize(p.pattern, locale)} · {localize(p.period, locale)}
              </option>
            ))}
          </select>
        </label>
        <h3 className="draft-panel__subtitle">{t('draftZones')}</h3>
        {history.present.length === 0 ? (
          <p className="draft-panel__empty">{t('draftEmpty')}</p>
        ) : (
          <ul className="draft-panel__zones">
            {history.present.map((zone) => (
              <DraftZoneItem key={`${zone.id}-${zone.name.zh}-${zone.name.en}-${zone.role.zh}-${zone.role.en}`} zone={zone} />
            ))}
          </ul>
        )}
        <div className="draft-panel__end">
          <button type="button" className="draft-panel__export" onClick={exportFiles} disabled={!plan || history.present.length === 0}>
            {t('draftExport')}
          </button>
          <button type="button" onClick={draftDiscarded} disabled={history.present.length === 0}>
            {t('draftDiscard')}
          </button>
          <span className="draft-panel__leave-phone">{leave}</span>
        </div>
      </div>
    </section>
  );
}
