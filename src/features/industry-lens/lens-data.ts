import type { CatalogIndex } from '../../data/catalog-index';
import type { Carrier, Industry, Plan, Zone } from '../../data/catalog-schema';
import { sectorOrder } from '../../i18n/terms';

export interface IndustryUsage {
  industry: Industry;
  /** Zones (directly or through a carrier) plus carriers assigned the industry. */
  count: number;
}

export interface SectorGroup {
  sector: Industry['sector'];
  items: IndustryUsage[];
}

/** A filter matches the Chinese name, the English name or any spelling the documents use. */
export function industryMatches(industry: Industry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [industry.name.zh, industry.name.en ?? '', ...industry.aliases].some((text) => text.toLowerCase().includes(q));
}

/** Industries some plan element uses, by sector; the most assigned first so the strongest offers lead. */
export function industriesBySector(index: CatalogIndex, query: string): SectorGroup[] {
  const usages = index.catalog.industries
    .filter((industry) => industryMatches(industry, query))
    .map((industry) => ({
      industry,
      count: index.zonesOfIndustry(industry.id).length + index.carriersOfIndustry(industry.id).length,
    }))
    .filter((usage) => usage.count > 0);
  return sectorOrder
    .map((sector) => ({
      sector,
      items: usages.filter((u) => u.industry.sector === sector).sort((a, b) => b.count - a.count),
    }))
    .filter((group) => group.items.length > 0);
}

export interface LensZoneHit {
  zone: Zone;
  /** Empty when the zone is assigned the industry itself; otherwise the carriers that bring it. */
  viaCarriers: Carrier[];
}

export interface LensPlanGroup {
  plan: Plan;
  hits: LensZoneHit[];
}

export interface LensResults {
  groups: LensPlanGroup[];
  zoneCount: number;
  carriers: Carrier[];
}

/** Every zone (grouped by plan, in catalog order) and every carrier assigned the industry. */
export function lensResults(index: CatalogIndex, industryId: string): LensResults {
  const zones = index.zonesOfIndustry(industryId);
  const groups = index.catalog.plans.flatMap((plan) => {
    const hits = zones
      .filter((zone) => zone.planId === plan.id)
      .map((zone) => ({
        zone,
        viaCarriers: zone.industryIds.includes(industryId)
          ? []
          : zone.carrierIds.flatMap((id) => index.carrier(id) ?? []).filter((c) => c.industryIds.includes(industryId)),
      }));
    return hits.length > 0 ? [{ plan, hits }] : [];
  });
  return { groups, zoneCount: zones.length, carriers: index.carriersOfIndustry(industryId) };
}
