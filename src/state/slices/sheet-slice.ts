import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** How far the phone's bottom sheet is raised: its head only, half the map, or all of it. */
export type SheetHeight = 'peek' | 'half' | 'full';

/**
 * What a phone shows over the map. Each history entry keeps it (src/app/url-sync.ts), so the back gesture
 * lowers the sheet and closes the layer sheet and the search field before it changes the view.
 */
export interface Overlay {
  sheet: SheetHeight;
  layerSheetOpen: boolean;
  searchOpen: boolean;
}

export interface SheetSlice extends Overlay {
  sheetMoved: (sheet: SheetHeight) => void;
  layerSheetToggled: (open: boolean) => void;
  searchToggled: (open: boolean) => void;
  overlayRestored: (overlay: Overlay) => void;
}

export const closedOverlay: Overlay = { sheet: 'peek', layerSheetOpen: false, searchOpen: false };

export const createSheetSlice: StateCreator<AppState, [], [], SheetSlice> = (set) => ({
  ...closedOverlay,
  sheetMoved: (sheet) => set({ sheet }),
  layerSheetToggled: (layerSheetOpen) => set({ layerSheetOpen }),
  searchToggled: (searchOpen) => set({ searchOpen }),
  overlayRestored: ({ sheet, layerSheetOpen, searchOpen }) => set({ sheet, layerSheetOpen, searchOpen }),
});
