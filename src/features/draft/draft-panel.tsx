import { useState } from 'react';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/messages';
import type { DraftTool } from '../../state/slices/draft-slice';
import { useAppStore } from '../../state/store';
import { downloadFile } from '../shared/download-file';
import { exportDraft } from './draft-export';
import { DraftZoneItem } from './draft-zone-item';
import { loadedCatalogIndex, planDetailsSettled } from '../../state/use-catalog';

const tools: [DraftTool, MessageKey][] = [
  ['polygon', 'draftPolygon'],
  ['linestring', 'draftLine'],
  ['point', 'draftPoint'],
  ['select', 'draftSelect'],
];

/** The draft's tools and zones, over the map. */
export function DraftPanel() {
  const t = useT();
  const history = useAppStore((s) => s.draft);
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  const tool = useAppStore((s) => s.draftTool);
  const locale = useAppStore((s) => s.locale);
  const { draftUndone, draftRedone, draftDiscarded, draftToolChosen } = useAppStore.getState();
  const [planId, setPlanId] = useState<string>();
  const plan = catalog?.plans.find((p) => p.id === planId) ?? catalog?.plans[0];

  const exportFiles = async () => {
    if (!plan) return;
    // The files cite the plan's own passage, which comes with its detail file.
    await planDetailsSettled([plan.id]);
    const cited = loadedCatalogIndex()?.plan(plan.id);
    if (!cited?.refs.length) return;
    for (const file of exportDraft(history.present, cited)) {
      const type = file.path.endsWith('.geojson') ? 'application/geo+json' : 'text/yaml';
      downloadFile(new Blob([file.text], { type }), file.path.split('/').at(-1)!);
    }
  };

  return (
    <section className="draft-panel" data-map-overlay="right" aria-labelledby="draft-title">
      <div className="draft-panel__head">
        <h2 id="draft-title" className="draft-panel__title">
          {t('draftTitle')}
        </h2>
        <a className="draft-panel__leave" href="./">
          {t('draftLeave')}
        </a>
      </div>
      <p className="draft-panel__hint">{t('draftHint')}</p>
      <div className="draft-panel__tools" role="toolbar" aria-label={t('draftTools')}>
        {tools.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={tool === id} onClick={() => draftToolChosen(id)}>
            {t(label)}
          </button>
        ))}
      </div>
      <div className="draft-panel__actions">
        <button type="button" onClick={draftUndone} disabled={history.past.length === 0}>
          {t('draftUndo')}
        </button>
        <button type="button" onClick={draftRedone} disabled={history.future.length === 0}>
          {t('draftRedo')}
        </button>
        <button type="button" onClick={draftDiscarded} disabled={history.present.length === 0}>
          {t('draftDiscard')}
        </button>
      </div>
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
            <DraftZoneItem key={`${zone.id}-${zone.name.zh}-${zone.name.en}-${zone.role.zh}`} zone={zone} />
          ))}
        </ul>
      )}
      <button type="button" className="draft-panel__export" onClick={exportFiles} disabled={!plan || history.present.length === 0}>
        {t('draftExport')}
      </button>
    </section>
  );
}
