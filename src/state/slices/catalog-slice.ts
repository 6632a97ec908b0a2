import type { StateCreator } from 'zustand';
import type { Catalog } from '../../data/catalog-schema';
import type { AppState } from '../store';

export type CatalogStatus =
  | { status: 'loading' }
  /**
   * `partial`: only the first view's index (plans and zone names) is in; the map and the layer panel draw from
   * it, and the whole catalog is on its way. Without it, the catalog is whole.
   */
  | { status: 'ready'; catalog: Catalog; partial?: true }
  | { status: 'error'; file: string; problems: string[] };

export interface CatalogSlice {
  catalog: CatalogStatus;
  /** The map has drawn the first view (its first `idle` with the plan layers in): later work may start. */
  firstViewDrawn: boolean;
  firstViewShown: () => void;
  /** Something needs the whole catalog now (the search field was focused …); it is fetched at once. */
  catalogAsked: boolean;
  catalogNeeded: () => void;
  /** The first view's index arrived; ignored once the whole catalog is in (or has failed). */
  firstViewLoaded: (catalog: Catalog) => void;
  catalogLoaded: (catalog: Catalog) => void;
  catalogFailed: (file: string, problems: string[]) => void;
}

export const createCatalogSlice: StateCreator<AppState, [], [], CatalogSlice> = (set) => ({
  catalog: { status: 'loading' },
  firstViewDrawn: false,
  firstViewShown: () => set({ firstViewDrawn: true }),
  catalogAsked: false,
  catalogNeeded: () => set({ catalogAsked: true }),
  firstViewLoaded: (catalog) =>
    set((state) => (state.catalog.status === 'loading' ? { catalog: { status: 'ready', catalog, partial: true } } : {})),
  catalogLoaded: (catalog) => set({ catalog: { status: 'ready', catalog } }),
  catalogFailed: (file, problems) => set({ catalog: { status: 'error', file, problems } }),
});
