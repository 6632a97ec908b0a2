import { catalogSchema, type Catalog } from './catalog-schema';
import { checkCatalogIntegrity } from './catalog-integrity';
import { fetchDataFile, schemaProblems } from './fetch-data-file';
import { CatalogLoadError } from './load-catalog-error';

export { CatalogLoadError };

/** Parses a catalog at the boundary: a bad file yields problems naming the field, never a half-read catalog. */
export function parseCatalog(file: string, json: unknown): Catalog {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogLoadError(file, schemaProblems(parsed.error, 8));
  }
  const problems = checkCatalogIntegrity(parsed.data);
  if (problems.length) throw new CatalogLoadError(file, problems.slice(0, 8).map((p) => `${p.at}: ${p.message}`));
  return parsed.data;
}

export async function loadCatalog(url: string, file = 'data/catalog.json'): Promise<Catalog> {
  const json = await fetchDataFile(url, (problems) => new CatalogLoadError(file, problems));
  return parseCatalog(file, json);
}
