import type { StateCreator } from 'zustand';
import type { Catalog } from '../../data/catalog-schema';
import type { AppState } from '../store';

export type CatalogStatus =
  | { status: 'loading' }
  | { status: 'ready'; catalog: Catalog }
  | { status: 'error'; file: string; problems: string[] };

export interface CatalogSlice {
  catalog: CatalogStatus;
  catalogLoaded: (catalog: Catalog) => void;
  catalogFailed: (file: string, problems: string[]) => void;
}

export const createCatalogSlice: StateCreator<AppState, [], [], CatalogSlice> = (set) => ({
  catalog: { status: 'loading' },
  catalogLoaded: (catalog) => set({ catalog: { status: 'ready', catalog } }),
  catalogFailed: (file, problems) => set({ catalog: { status: 'error', file, problems } }),
});
