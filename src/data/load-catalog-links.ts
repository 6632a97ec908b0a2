import { catalogLinksFile, catalogLinksSchema, catalogWithLinks } from './catalog-links';
import type { Catalog } from './catalog-schema';
import { checkCatalogIntegrity } from './catalog-integrity';
import { fetchDataFile, schemaProblems } from './fetch-data-file';
import { CatalogLoadError } from './load-catalog-error';

/**
 * Adds the links across plans to the first view's catalog. A bad file, one from another build of the data, or
 * links that name a zone, carrier, industry or family that is not there yield problems naming the field,
 * never a half-linked catalog.
 */
export function parseCatalogLinks(firstView: Catalog, json: unknown): Catalog {
  const parsed = catalogLinksSchema.safeParse(json);
  if (!parsed.success) throw new CatalogLoadError(catalogLinksFile, schemaProblems(parsed.error, 8));
  if (parsed.data.version !== firstView.version) {
    throw new CatalogLoadError(catalogLinksFile, [`version: "${parsed.data.version}", but the index is "${firstView.version}"`]);
  }
  const zoneIds = new Set(firstView.zones.map((zone) => zone.id));
  const strangers = parsed.data.zones.filter((zone) => !zoneIds.delete(zone.id)).map((zone) => `zones[${zone.id}]: not a zone of the index`);
  const unlinked = [...zoneIds].map((id) => `zones: the index's zone "${id}" is missing`);
  if (strangers.length || unlinked.length) throw new CatalogLoadError(catalogLinksFile, [...strangers, ...unlinked].slice(0, 8));
  const catalog = catalogWithLinks(firstView, parsed.data);
  // The sources come with the plans' details; every other id must resolve now.
  const problems = checkCatalogIntegrity(catalog).filter((problem) => !problem.at.endsWith('.source'));
  if (problems.length) throw new CatalogLoadError(catalogLinksFile, problems.slice(0, 8).map((p) => `${p.at}: ${p.message}`));
  return catalog;
}

export async function loadCatalogLinks(url: string, firstView: Catalog): Promise<Catalog> {
  const json = await fetchDataFile(url, (problems) => new CatalogLoadError(catalogLinksFile, problems));
  return parseCatalogLinks(firstView, json);
}
