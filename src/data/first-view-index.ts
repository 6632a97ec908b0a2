import './zod-without-eval';
import * as z from 'zod/mini';
import type { Catalog } from './catalog-schema';

/**
 * `data/catalog-index.json`: what the first view draws, and no more — the plans and their zones' names and
 * kinds (the layer panel, the map's colours and labels). What links zones, carriers and industries across the
 * plans follows once the first view is drawn or as soon as something needs it (`catalog-links.ts`); what a
 * plan's cards cite comes plan by plan (`plan-detail.ts`). Checked with zod's small build: this check is on the way to the first view, the catalog's full schema is not.
 */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lowercase ASCII slugs'));
/** A bilingual name, as the catalog's schema has it (checked here with zod's small build). */
export const nameSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.optional(z.string().check(z.minLength(1))) });

export const zoneKindValues = ['ring', 'axis', 'belt', 'area', 'park', 'county', 'corridor', 'cluster'] as const;
export const carrierKindValues = ['park', 'platform', 'cluster', 'town', 'hub', 'project', 'institution', 'other'] as const;
export const sectorValues = ['producer-services', 'consumer-services', 'manufacturing', 'emerging', 'other'] as const;

export const firstViewIndexSchema = z.strictObject({
  version: z.string().check(z.minLength(1)),
  plans: z
    .array(
      z.strictObject({
        id: slug,
        name: nameSchema,
        pattern: nameSchema,
        level: z.enum(['city', 'district']),
        area: nameSchema,
        period: nameSchema,
        source: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  zones: z.array(
    z.strictObject({ id: slug, planId: slug, kind: z.enum(zoneKindValues), name: nameSchema, parentId: z.optional(slug) }),
  ),
});

export type FirstViewIndex = z.infer<typeof firstViewIndexSchema>;

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
