import { useMemo } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { zoneColors } from '../../data/zone-colors';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import { uiColors } from '../../config/design-tokens';
import { LegendSwatch } from '../shared/legend-swatch';
import { TapHint } from './tap-hint';

/**
 * The key of the plan on the map, always open: what to do ("tap a coloured area") and each of its zones,
 * parks too, in the colour the map draws it. A key entry is also a way in without aiming at the map: it
 * opens its card.
 */
export function KioskLegend({ planId }: { planId?: string }) {
  const t = useT(kioskMessages);
  const index = useCatalogIndex();
  const locale = useAppStore((s) => s.locale);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const colors = useMemo(() => (index ? zoneColors(index.catalog) : new Map<string, string>()), [index]);
  const zones = index && planId ? index.zonesOfPlan(planId) : [];
  return (
    <section className="kiosk-legend" aria-label={t('kioskKey')} data-testid="kiosk-legend">
      <TapHint />
      <ul className="kiosk-legend__zones">
        {zones.map((zone) => (
          <li key={zone.id}>
            <button
              type="button"
              className="kiosk-legend__zone"
              aria-pressed={zone.id === selectedZoneId}
              onClick={() => zoneSelected(zone.id)}
            >
              <LegendSwatch kind={zone.kind} color={colors.get(zone.id) ?? uiColors.inkSoft} />
              <span>{localize(zone.name, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
