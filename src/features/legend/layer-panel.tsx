import { useMemo, useState } from 'react';
import { useCatalogIndex } from '../../data/use-catalog';
import { zoneColors } from '../../data/zone-colors';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { usePlanVisibility } from '../../state/use-plan-visibility';
import { planEnded } from '../shared/plan-period';
import { LegendSwatch } from './legend-swatch';
import '../shared/shared.css';

/** Each plan with a toggle and its colour key; the key says the shapes are schematic. */
export function LayerPanel() {
  const t = useT();
  const index = useCatalogIndex();
  const locale = useAppStore((s) => s.locale);
  const { visible, revealed } = usePlanVisibility();
  const planToggled = useAppStore((s) => s.planToggled);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  // Open where there is room beside Suzhou (landscape); folded on portrait screens and phones.
  const [open, setOpen] = useState(() => window.matchMedia?.('(orientation: landscape)').matches ?? true);
  const colors = useMemo(() => (index ? zoneColors(index.catalog) : new Map<string, string>()), [index]);
  if (!index) return null;

  return (
    <section className="layer-panel" aria-labelledby="layer-panel-title" data-testid="layer-panel" data-map-overlay>
      <header className="layer-panel__header">
        <h2 id="layer-panel-title">{t('layersTitle')}</h2>
        <button type="button" className="icon-button" aria-expanded={open} aria-controls="layer-panel-body" onClick={() => setOpen(!open)}>
          {open ? '−' : '+'}
        </button>
      </header>
      {open && (
        <div id="layer-panel-body">
          <ul className="layer-panel__plans">
            {index.catalog.plans.map((plan) => {
              const shown = visible.includes(plan.id);
              const forSelection = revealed.includes(plan.id);
              const zones = index.zonesOfPlan(plan.id).filter((z) => !z.parentId);
              return (
                <li key={plan.id} className="layer-panel__plan">
                  <label className="toggle">
                    <input
                      type="checkbox"
                      checked={shown}
                      onChange={() => planToggled(plan.id)}
                      aria-describedby={forSelection ? `layer-revealed-${plan.id}` : undefined}
                    />
                    <span className="toggle__text">
                      <strong>{localize(plan.pattern, locale)}</strong>
                      <span className="toggle__sub">
                        {localize(plan.area, locale)} · {localize(plan.period, locale)}
                        {planEnded(plan) && <span className="badge badge--ended">{t('planEnded')}</span>}
                      </span>
                      {forSelection && (
                        <span className="toggle__revealed" id={`layer-revealed-${plan.id}`} data-testid="layer-revealed">
                          {t('layerRevealed')}
                        </span>
                      )}
                    </span>
                  </label>
                  {shown && (
                    <ul className="legend">
                      {zones.map((zone) => (
                        <li key={zone.id}>
                          <button type="button" className="legend__item" onClick={() => zoneSelected(zone.id)}>
                            <LegendSwatch kind={zone.kind} color={colors.get(zone.id) ?? '#555'} />
                            <span>{localize(zone.name, locale)}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <p className="layer-panel__note">
            <span className="badge">{t('schematic')}</span> {t('legendSchematic')}
          </p>
        </div>
      )}
    </section>
  );
}
