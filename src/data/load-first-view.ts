import { CatalogLoadError } from './load-catalog-error';
import { fetchDataFile } from './fetch-data-file';
import { firstViewCatalog, firstViewIndexSchema } from './first-view-index';
import type { Catalog } from './catalog-schema';

export const firstViewFile = 'data/catalog-index.json';

/** Fetches and checks the first view's index; a bad file is a CatalogLoadError naming it and the field. */
export async function loadFirstView(url: string): Promise<Catalog> {
  const json = await fetchDataFile(url, (problems) => new CatalogLoadError(firstViewFile, problems));
  const parsed = firstViewIndexSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogLoadError(
      firstViewFile,
      parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return firstViewCatalog(parsed.data);
}
