import type { Catalog, Name } from './catalog-schema';

/**
 * `data/catalog-index.json`: what the first view draws, and no more — the plans and their zones' names and
 * kinds (the layer panel, the map's colours and labels). What links zones, carriers and industries across the
 * plans follows once the first view is drawn or as soon as something needs it (`catalog-links.ts`); what a
 * plan's cards cite comes plan by plan (`plan-detail.ts`). No zod here: this module is on the way to the first
 * view. The file's schema is `first-view-index-schema.ts`; the app checks it with `first-view-check.ts`.
 */
export const zoneKindValues = ['ring', 'axis', 'belt', 'area', 'park', 'county', 'corridor', 'cluster'] as const;
export const carrierKindValues = ['park', 'platform', 'cluster', 'town', 'hub', 'project', 'institution', 'other'] as const;
export const sectorValues = ['producer-services', 'consumer-services', 'manufacturing', 'emerging', 'other'] as const;
export const planLevelValues = ['city', 'district'] as const;

export interface FirstViewIndex {
  version: string;
  plans: { id: string; name: Name; pattern: Name; level: (typeof planLevelValues)[number]; area: Name; period: Name; source: string }[];
  zones: { id: string; planId: string; kind: (typeof zoneKindValues)[number]; name: Name; parentId?: string }[];
}

/** The index as it is written: the catalog's plans and zones with only the fields the first view reads. */
export function firstViewIndexOf(catalog: Catalog): FirstViewIndex {
  return {
    version: catalog.version,
    plans: catalog.plans.map(({ id, name, pattern, level, area, period, source }) => ({ id, name, pattern, level, area, period, source })),
    zones: catalog.zones.map(({ id, planId, kind, name, parentId }) => ({ id, planId, kind, name, ...(parentId ? { parentId } : {}) })),
  };
}

/**
 * The index as a catalog the first view can draw: the plans and zones, with the lists that come later left
 * empty. The store marks it `partial`; nothing that answers a question reads it.
 */
export function firstViewCatalog(index: FirstViewIndex): Catalog {
  return {
    version: index.version,
    sources: [],
    plans: index.plans.map((plan) => ({ ...plan, refs: [] })),
    zones: index.zones.map((zone) => ({ ...zone, districts: [], industryIds: [], carrierIds: [], targetIds: [], refs: [] })),
    industries: [],
    carriers: [],
    targets: [],
    families: [],
    tasks: [],
  };
}
