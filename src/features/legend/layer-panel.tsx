import { useMemo, useState, type ReactNode } from 'react';
import { useFirstViewIndex } from '../../state/use-catalog';
import { lensScope } from '../../data/lens-scope';
import { zoneColors } from '../../data/zone-colors';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { lensSubjectOf } from '../../state/slices/lens-slice';
import { useAppStore } from '../../state/store';
import { usePlanVisibility } from '../../state/use-plan-visibility';
import { planEnded } from '../shared/plan-period';
import { LegendSwatch } from '../shared/legend-swatch';
import './layer-panel.css';
import '../shared/shared.css';
import { mapMarks } from '../../config/design-tokens';

/**
 * Each plan with a toggle and its colour key; the key says the shapes are schematic. Floating over the map
 * it folds; in the phone's layer sheet (`headerAction`, the sheet's close button) it is always open.
 */
export function LayerPanel({ headerAction }: { headerAction?: ReactNode }) {
  const t = useT();
  const index = useFirstViewIndex();
  const locale = useAppStore((s) => s.locale);
  const { visible: shownPlans, revealed } = usePlanVisibility();
  const planToggled = useAppStore((s) => s.planToggled);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const lensFamilyId = useAppStore((s) => s.lensFamilyId);
  const lensIndustryId = useAppStore((s) => s.lensIndustryId);
  const subject = lensSubjectOf({ lensFamilyId, lensIndustryId });
  const scope = index && subject ? lensScope(index, subject) : undefined;
  // Open where there is room beside Suzhou (landscape); folded on portrait screens and phones.
  const [unfolded, setUnfolded] = useState(() => window.matchMedia?.('(orientation: landscape)').matches ?? true);
  const open = Boolean(headerAction) || unfolded;
  const colors = useMemo(() => (index ? zoneColors(index.catalog) : new Map<string, string>()), [index]);
  if (!index) return null;
  const placesText = (n: number) => t(n === 1 ? 'lensPlacesCountOne' : 'lensPlacesCount').replace('{n}', String(n));

  return (
    <section className="layer-panel" aria-labelledby="layer-panel-title" data-testid="layer-panel" data-map-overlay="">
      <header className="layer-panel__header">
        <h2 id="layer-panel-title">{t('layersTitle')}</h2>
        {headerAction ?? (
          <button type="button" className="icon-button" aria-expanded={open} aria-controls="layer-panel-body" onClick={() => setUnfolded(!open)}>
            {open ? '−' : '+'}
          </button>
        )}
      </header>
      {open && (
        <div id="layer-panel-body">
          <ul className="layer-panel__plans">
            {index.catalog.plans.map((plan) => {
              // On: the user's choice, or drawn for what is picked (a zone, the compared zones), which it says.
              const visible = shownPlans.includes(plan.id);
              const forSelection = revealed.includes(plan.id);
              const zones = index.zonesOfPlan(plan.id).filter((z) => !z.parentId);
              // A plan switched off whose places the lens draws anyway says so, so the map and the panel agree.
              const lensGroup = visible ? undefined : scope?.groups.find((group) => group.plan.id === plan.id);
              return (
                <li key={plan.id} className="layer-panel__plan">
                  <label className="toggle">
                    <input
                      type="checkbox"
                      checked={visible}
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
                  {lensGroup && (
                    <p className="layer-panel__lens" data-testid="lens-brought-in">
                      <span className="badge badge--lens">{t('lensPlanBroughtIn')}</span>{' '}
                      {placesText(lensGroup.zones.length + lensGroup.carriers.length)}
                    </p>
                  )}
                  {visible && (
                    <ul className="legend">
                      {zones.map((zone) => (
                        <li key={zone.id}>
                          <button type="button" className="legend__item" onClick={() => zoneSelected(zone.id)}>
                            <LegendSwatch kind={zone.kind} color={colors.get(zone.id) ?? mapMarks.unknownZone} />
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
