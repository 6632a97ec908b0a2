import { firstViewFile } from '../config/data-files';
import { CatalogLoadError } from './load-catalog-error';
import { firstViewIndexProblems } from './first-view-check';
import { firstViewCatalog, type FirstViewIndex } from './first-view-index';
import type { Catalog } from './catalog-schema';

/** Checks the first view's index, as fetched; a bad file is a CatalogLoadError naming it and the field. */
export function firstViewOf(json: unknown): Catalog {
  const problems = firstViewIndexProblems(json);
  if (problems.length) throw new CatalogLoadError(firstViewFile, problems.slice(0, 8));
  return firstViewCatalog(json as FirstViewIndex);
}
