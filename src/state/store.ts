import { create } from 'zustand';
import { createCatalogSlice, type CatalogSlice } from './slices/catalog-slice';
import { createMapSlice, type MapSlice } from './slices/map-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';

/** One store made of slices; state is minimal and serialisable (ids, not copies of features). */
export type AppState = UiSlice & CatalogSlice & MapSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createCatalogSlice(...args),
  ...createMapSlice(...args),
}));

/** The state a fresh app starts with; tests reset to it between cases. */
export const initialAppState = useAppStore.getState();
