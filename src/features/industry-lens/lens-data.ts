import type { CatalogIndex } from '../../data/catalog-index';
import type { Family, Industry, Name } from '../../data/catalog-schema';
import { lensScope } from '../../data/lens-scope';

export interface IndustryUsage {
  industry: Industry;
  /** Zones (directly or through a carrier) plus carriers assigned the industry. */
  count: number;
}

export interface FamilyGroup {
  family: Family;
  /** Places of every plan the family is assigned to. */
  placeCount: number;
  items: IndustryUsage[];
}

const matches = (name: Name, aliases: string[], q: string) =>
  [name.zh, name.en ?? '', ...aliases].some((text) => text.toLowerCase().includes(q));

/** A filter matches the Chinese name, the English name or any spelling the documents use. */
export function industryMatches(industry: Industry, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || matches(industry.name, industry.aliases, q);
}

/**
 * Families with the industries some plan element uses, the most assigned first so the strongest offers lead.
 * A query that matches a family's name keeps the whole family; otherwise only its matching industries show.
 */
export function familiesInUse(index: CatalogIndex, query: string): FamilyGroup[] {
  const q = query.trim().toLowerCase();
  return index.catalog.families
    .map((family) => {
      const whole = !q || matches(family.name, [], q);
      const items = index
        .industriesOfFamily(family.id)
        .filter((industry) => whole || industryMatches(industry, q))
        .map((industry) => ({ industry, count: index.zonesOfIndustry(industry.id).length + index.carriersOfIndustry(industry.id).length }))
        .filter((usage) => usage.count > 0)
        .sort((a, b) => b.count - a.count);
      return { family, placeCount: lensScope(index, { kind: 'family', id: family.id })?.placeCount ?? 0, items };
    })
    .filter((group) => group.items.length > 0)
    .sort((a, b) => b.placeCount - a.placeCount);
}
