import type { CatalogIndex } from './catalog-index';
import type { Industry, Ref, Zone } from './catalog-schema';

export interface RankedIndustry {
  industry: Industry;
  /** Where the plan names it core, leading or key for the zone; undefined for the zone's other industries. */
  core?: Ref[];
}

/** A zone's industries (its carriers' included) with those the plan puts first leading, in the plan's order. */
export function rankedIndustries(index: CatalogIndex, zone: Zone): RankedIndustry[] {
  const core = new Map<string, Ref[]>();
  for (const entry of zone.core ?? []) {
    for (const id of entry.industryIds) core.set(id, [...(core.get(id) ?? []), ...entry.refs]);
  }
  const all = index.industriesOfZone(zone.id);
  const first = [...core.keys()].flatMap((id) => all.find((industry) => industry.id === id) ?? []);
  return [
    ...first.map((industry) => ({ industry, core: core.get(industry.id) })),
    ...all.filter((industry) => !core.has(industry.id)).map((industry) => ({ industry })),
  ];
}
