import { catalogSchema, type Catalog } from './catalog-schema';
import { checkCatalogIntegrity } from './catalog-integrity';

export class CatalogLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Parses a catalog at the boundary: a bad file yields problems naming the field, never a half-read catalog. */
export function parseCatalog(file: string, json: unknown): Catalog {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    throw new CatalogLoadError(
      file,
      parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = checkCatalogIntegrity(parsed.data);
  if (problems.length) throw new CatalogLoadError(file, problems.slice(0, 8).map((p) => `${p.at}: ${p.message}`));
  return parsed.data;
}

export async function loadCatalog(url: string, file = 'data/catalog.json'): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CatalogLoadError(file, [`could not be fetched: ${(error as Error).message}`]);
  }
  if (!response.ok) throw new CatalogLoadError(file, [`HTTP ${response.status}`]);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new CatalogLoadError(file, ['not valid JSON']);
  }
  return parseCatalog(file, json);
}
