import { firstViewFile } from '../config/data-files';
import { CatalogLoadError } from './load-catalog-error';
import { firstViewCatalog, firstViewIndexSchema } from './first-view-index';
import type { Catalog } from './catalog-schema';

/**
 * Checks the first view's index, as fetched; a bad file is a CatalogLoadError naming it and the field. Its own
 * module, with zod, so that the app fetches it beside the index rather than before the map starts.
 */
export function firstViewOf(json: unknown): Catalog {
  const parsed = firstViewIndexSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogLoadError(
      firstViewFile,
      parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return firstViewCatalog(parsed.data);
}
