import { localize } from '../../i18n/localize';
import { zoneKindTerms } from '../../i18n/terms';
import { useAppStore } from '../../state/store';
import type { ZoneNode } from './zone-tree';

/** Zones as a nested list of buttons; a park's list item sits inside its parent zone's. */
export function ZoneIndexList({ nodes }: { nodes: ZoneNode[] }) {
  const locale = useAppStore((s) => s.locale);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  return (
    <ul className="zone-index__zones">
      {nodes.map(({ zone, children }) => (
        <li key={zone.id}>
          <button
            type="button"
            className="zone-index__zone"
            aria-current={zone.id === selectedZoneId ? 'true' : undefined}
            onClick={() => zoneSelected(zone.id)}
          >
            <span className="zone-index__kind">{zoneKindTerms[zone.kind][locale]}</span>{' '}
            <span className="zone-index__name">{localize(zone.name, locale)}</span>
          </button>
          {children.length > 0 && <ZoneIndexList nodes={children} />}
        </li>
      ))}
    </ul>
  );
}
