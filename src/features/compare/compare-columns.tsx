import type { ReactNode } from 'react';
import type { Zone } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

interface CompareColumnsProps {
  /** Words before the zone's letter and name, e.g. "Only in". */
  prefix?: string;
  a: Zone;
  b: Zone;
  children: [ReactNode, ReactNode];
}

/** A section's A and B parts, each headed by its letter and zone name: stacked in the 400 px panel, side by side when wider. */
export function CompareColumns({ prefix, a, b, children }: CompareColumnsProps) {
  const locale = useAppStore((s) => s.locale);
  return (
    <div className="compare-columns">
      {([a, b] as const).map((zone, i) => (
        <div key={i} className={`compare-column compare-column--${i === 0 ? 'a' : 'b'}`}>
          <h4 className="compare-column__title">
            <span className="compare-letter compare-letter--small">{i === 0 ? 'A' : 'B'}</span>
            {prefix && <span>{prefix}</span>}
            <span className="compare-column__zone">{localize(zone.name, locale)}</span>
          </h4>
          {children[i]}
        </div>
      ))}
    </div>
  );
}
