import { z } from 'zod';
import { carrierSchema, familySchema, industrySchema, refSchema, zoneSchema, type Catalog, type Ref } from './catalog-schema';

/**
 * `data/catalog-links.json`: what links the plans' zones, their carriers and the industries, for every plan —
 * the zones' industry ids, the carriers' names, kinds, zones and industries (and, for a carrier in no zone, the
 * reference that names its plan's document and its district, which the lens shows in place of a zone), the
 * industries and their families. With the first view's index (`first-view-index.ts`) it answers "which zones
 * and plans want industry X" across every plan (the lens's rows, the search, the matrix) without any plan's
 * detail. What can be rebuilt or is wanted only later is left out: a zone's carrier ids are its carriers'
 * `zoneIds` read the other way; where a carrier lies is in `geojson/carriers.geojson` (`src/map/carrier-points.ts`)
 * and, with its district and precision, in its plan's detail, with what a card cites (roles, districts,
 * targets, tasks, references, sources: `plan-detail.ts`). One row per zone and carrier, so it grows with the
 * plans by rows alone.
 */
export const catalogLinksSchema = z.strictObject({
  version: z.string().min(1),
  zones: z.array(zoneSchema.pick({ id: true, industryIds: true })),
  carriers: z.array(
    carrierSchema
      // A carrier in no zone belongs to the plan of the document that names it: its first reference says which.
      .pick({ id: true, name: true, kind: true, district: true, zoneIds: true, industryIds: true })
      .extend({ refs: z.tuple([refSchema]).optional() }),
  ),
  industries: z.array(industrySchema),
  families: z.array(familySchema),
});

export type CatalogLinks = z.infer<typeof catalogLinksSchema>;

export const catalogLinksFile = 'data/catalog-links.json';

/** The links as the data build writes them, cut from the whole catalog. */
export function catalogLinksOf(catalog: Catalog): CatalogLinks {
  return {
    version: catalog.version,
    zones: catalog.zones.map(({ id, industryIds }) => ({ id, industryIds })),
    carriers: catalog.carriers.map(({ id, name, kind, district, zoneIds, industryIds, refs }) => ({
      id,
      name,
      kind,
      zoneIds,
      industryIds,
      ...(zoneIds.length === 0 ? { refs: [refs[0]!] as [Ref], ...(district ? { district } : {}) } : {}),
    })),
    industries: catalog.industries,
    families: catalog.families,
  };
}

/**
 * The first view's catalog with the links added: every zone's industries and carriers, every carrier, industry
 * and family. What only the plans' details carry stays empty (`catalogWithDetails` fills it in plan by plan).
 * A zone's carriers are those that name it, in the carriers' order, as the data build lists them.
 */
export function catalogWithLinks(firstView: Catalog, links: CatalogLinks): Catalog {
  const zoneLinks = new Map(links.zones.map((zone) => [zone.id, { ...zone, carrierIds: [] as string[] }]));
  for (const carrier of links.carriers) for (const zoneId of carrier.zoneIds) zoneLinks.get(zoneId)?.carrierIds.push(carrier.id);
  return {
    ...firstView,
    zones: firstView.zones.map((zone) => ({ ...zone, ...zoneLinks.get(zone.id) })),
    carriers: links.carriers.map((carrier) => ({ ...carrier, refs: carrier.refs ?? [] })),
    industries: links.industries,
    families: links.families,
  };
}
