import { useAppStore } from './store';
import { indexCatalog, type CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';

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

/** The loaded catalog's index, or undefined while loading or after a load error. */
export function useCatalogIndex(): CatalogIndex | undefined {
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  return catalog ? catalogIndexOf(catalog) : undefined;
}
