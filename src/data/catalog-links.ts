import { z } from 'zod';
import { carrierSchema, familySchema, industrySchema, zoneSchema, type Catalog } from './catalog-schema';

/**
 * `data/catalog-links.json`: what links the plans' zones, their carriers and the industries, for every plan —
 * the zones' industry and carrier ids, the carriers' names, kinds, places, zones and industries, the
 * industries and their families. With the first view's index (`first-view-index.ts`) it answers "which zones and
 * plans want industry X" across every plan (the lens's rows, the search, the matrix) without any plan's detail;
 * what a card cites (roles, districts, targets, tasks, references, sources) is in the plans' detail files
 * (`plan-detail.ts`). One row per zone and carrier, so it grows with the plans by rows alone.
 */
export const catalogLinksSchema = z.strictObject({
  version: z.string().min(1),
  zones: z.array(zoneSchema.pick({ id: true, industryIds: true, carrierIds: true })),
  carriers: z.array(carrierSchema.pick({ id: true, name: true, kind: true, coord: true, district: true, zoneIds: true, industryIds: true })),
  industries: z.array(industrySchema),
  families: z.array(familySchema),
});

export type CatalogLinks = z.infer<typeof catalogLinksSchema>;

export const catalogLinksFile = 'data/catalog-links.json';

/** The links as the data build writes them, cut from the whole catalog. */
export function catalogLinksOf(catalog: Catalog): CatalogLinks {
  return {
    version: catalog.version,
    zones: catalog.zones.map(({ id, industryIds, carrierIds }) => ({ id, industryIds, carrierIds })),
    carriers: catalog.carriers.map(({ id, name, kind, coord, district, zoneIds, industryIds }) => ({
      id,
      name,
      kind,
      ...(coord ? { coord } : {}),
      ...(district ? { district } : {}),
      zoneIds,
      industryIds,
    })),
    industries: catalog.industries,
    families: catalog.families,
  };
}

/**
 * The first view's catalog with the links added: every zone's industries and carriers, every carrier, industry
 * and family. What only the plans' details carry stays empty (`catalogWithDetails` fills it in plan by plan).
 */
export function catalogWithLinks(firstView: Catalog, links: CatalogLinks): Catalog {
  const zoneLinks = new Map(links.zones.map((zone) => [zone.id, zone]));
  return {
    ...firstView,
    zones: firstView.zones.map((zone) => ({ ...zone, ...zoneLinks.get(zone.id) })),
    carriers: links.carriers.map((carrier) => ({ ...carrier, refs: [] })),
    industries: links.industries,
    families: links.families,
  };
}
