import { create } from 'zustand';
import { createCatalogSlice, type CatalogSlice } from './slices/catalog-slice';
import { createCompareSlice, type CompareSlice } from './slices/compare-slice';
import { createDraftSlice, type DraftSlice } from './slices/draft-slice';
import { createLayersSlice, type LayersSlice } from './slices/layers-slice';
import { createLensSlice, type LensSlice } from './slices/lens-slice';
import { createMapSlice, type MapSlice } from './slices/map-slice';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice';
import { createSheetSlice, type SheetSlice } from './slices/sheet-slice';
import { createTourSlice, type TourSlice } from './slices/tour-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';

/** One store made of slices; state is minimal and serialisable (ids, not copies of features). */
export type AppState = UiSlice & CatalogSlice & MapSlice & SelectionSlice & LayersSlice & LensSlice & CompareSlice & TourSlice & SheetSlice & DraftSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createUiSlice(...args),
  ...createCatalogSlice(...args),
  ...createMapSlice(...args),
  ...createSelectionSlice(...args),
  ...createLayersSlice(...args),
  ...createLensSlice(...args),
  ...createCompareSlice(...args),
  ...createTourSlice(...args),
  ...createSheetSlice(...args),
  ...createDraftSlice(...args),
}));

/** The state a fresh app starts with; tests reset to it between cases. */
export const initialAppState = useAppStore.getState();

/** The store, as the modules that subscribe to it outside React take it. */
export type Store = typeof useAppStore;
