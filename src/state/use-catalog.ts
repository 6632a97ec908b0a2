import { useAppStore } from './store';
import { indexCatalog, type CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { catalogWithDraft } from '../data/draft-catalog';

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog, built once however many components ask. */
export function catalogIndexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = indexCatalog(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * The whole catalog's index, or undefined while loading (the first view's index alone included) or after an
 * error. In draft mode the draft's zones are in it too, as the plan 草稿 / Draft (the map draws them itself, so
 * its layers keep the plans' own index).
 */
export function useCatalogIndex(): CatalogIndex | undefined {
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' && !s.catalog.partial ? s.catalog.catalog : undefined));
  const draft = useAppStore((s) => s.draft.present);
  return catalog ? catalogIndexOf(catalogWithDraft(catalog, draft)) : undefined;
}

/**
 * For what the first view draws (the layer panel): the whole catalog's index, or until it arrives the first
 * view's, which has the plans and their zones' names and kinds and nothing else.
 */
export function useFirstViewIndex(): CatalogIndex | undefined {
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  const draft = useAppStore((s) => s.draft.present);
  return catalog ? catalogIndexOf(catalogWithDraft(catalog, draft)) : undefined;
}
