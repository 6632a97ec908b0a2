import type { Catalog } from '../../src/data/catalog-schema.ts';
import type { AuthoredZoneEdit } from './authored-schema.ts';

/** A plan file's `zoneEdits`, with where they were written and the plan they are for. */
export interface WrittenZoneEdits {
  path: string;
  planId: string;
  edits: AuthoredZoneEdit[];
}

/**
 * Applies the `zoneEdits` of plan supplements (a draft's edits of a plan's zones, say) to the assembled zones:
 * each edit replaces the fields it gives, adds its refs to the zone's, and with `carrierIds` links exactly those
 * carriers to the zone (a carrier's zones are written on the carrier, so the edit changes the carriers). An
 * edit may change only a zone of the plan its file is for.
 */
export function applyZoneEdits(catalog: Pick<Catalog, 'zones' | 'carriers'>, written: WrittenZoneEdits[], problems: string[]): void {
  for (const { path, planId, edits } of written) {
    edits.forEach(({ id, refs, carrierIds, ...fields }, i) => {
      const where = `${path}: zoneEdits[${i}] (id ${id})`;
      const zone = catalog.zones.find((z) => z.id === id);
      if (!zone || zone.planId !== planId) {
        problems.push(`${where}: no zone ${id} in plan ${planId}`);
        return;
      }
      Object.assign(zone, fields);
      zone.refs.push(...refs);
      if (!carrierIds) return;
      for (const carrierId of carrierIds) {
        if (!catalog.carriers.some((c) => c.id === carrierId)) problems.push(`${where}.carrierIds: no carrier ${carrierId}`);
      }
      for (const carrier of catalog.carriers) {
        const linked = carrier.zoneIds.includes(id);
        const wanted = carrierIds.includes(carrier.id);
        if (wanted && !linked) carrier.zoneIds.push(id);
        if (linked && !wanted) carrier.zoneIds = carrier.zoneIds.filter((zoneId) => zoneId !== id);
      }
    });
  }
}
