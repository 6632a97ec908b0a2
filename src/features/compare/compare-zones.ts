import type { CatalogIndex } from '../../data/catalog-index';
import type { Carrier, Industry, Target, Zone } from '../../data/catalog-schema';

export interface SetComparison<T> {
  shared: T[];
  onlyA: T[];
  onlyB: T[];
}

/** Splits two lists into what both have and what only one has, keeping each list's own order. */
export function compareSets<T extends { id: string }>(a: T[], b: T[]): SetComparison<T> {
  const idsA = new Set(a.map((item) => item.id));
  const idsB = new Set(b.map((item) => item.id));
  return {
    shared: a.filter((item) => idsB.has(item.id)),
    onlyA: a.filter((item) => !idsB.has(item.id)),
    onlyB: b.filter((item) => !idsA.has(item.id)),
  };
}

export interface ZoneComparison {
  a: Zone;
  b: Zone;
  /** Industries of each zone including those of its carriers, as the zone card shows them. */
  industries: SetComparison<Industry>;
  carriersA: Carrier[];
  carriersB: Carrier[];
  targetsA: Target[];
  targetsB: Target[];
}

/** Two zones side by side; undefined if either id is unknown (e.g. a zone removed from the data since). */
export function compareZones(index: CatalogIndex, zoneIdA: string, zoneIdB: string): ZoneComparison | undefined {
  const a = index.zone(zoneIdA);
  const b = index.zone(zoneIdB);
  if (!a || !b) return undefined;
  const carriersOf = (zone: Zone) => zone.carrierIds.flatMap((id) => index.carrier(id) ?? []);
  const targetsOf = (zone: Zone) => zone.targetIds.flatMap((id) => index.target(id) ?? []);
  return {
    a,
    b,
    industries: compareSets(index.industriesOfZone(a.id), index.industriesOfZone(b.id)),
    carriersA: carriersOf(a),
    carriersB: carriersOf(b),
    targetsA: targetsOf(a),
    targetsB: targetsOf(b),
  };
}
