import type { ZoneKind } from '../../data/catalog-schema';
import { mapMarks } from '../../config/design-tokens';

/** A key that looks like the map symbol: a band for rings and belts, an arrow for axes, a dot for points. */
export function LegendSwatch({ kind, color }: { kind: ZoneKind; color: string }) {
  // The view box lets a stylesheet draw the key larger (the kiosk's) without redrawing it.
  const common = { width: 22, height: 14, viewBox: '0 0 22 14', 'aria-hidden': true, className: 'swatch' } as const;
  if (kind === 'axis' || kind === 'corridor') {
    return (
      <svg {...common}>
        <line x1="1" y1="7" x2="17" y2="7" stroke={color} strokeWidth="4" strokeLinecap="round" />
        <path d="M14 2 L21 7 L14 12" fill="none" stroke={color} strokeWidth="2.5" />
      </svg>
    );
  }
  if (kind === 'cluster') {
    return (
      <svg {...common}>
        <circle cx="11" cy="7" r="5" fill={color} stroke={mapMarks.casing} strokeWidth="1.5" />
      </svg>
    );
  }
  const band = kind === 'ring' || kind === 'belt';
  return (
    <svg {...common}>
      <rect x="1" y="1" width="20" height="12" rx={band ? 6 : 2} fill={color} fillOpacity={band ? 0.35 : 0.25} stroke={color} strokeWidth="1.5" />
    </svg>
  );
}
