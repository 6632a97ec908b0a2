import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface SelectionSlice {
  selectedZoneId?: string;
  /** The zones under the last click or tap when there was more than one: the user picks one. */
  overlapZoneIds: string[];
  focusedCarrierId?: string;
  zoneSelected: (zoneId: string) => void;
  mapClicked: (zoneIds: string[]) => void;
  carrierFocused: (carrierId: string | undefined) => void;
  selectionCleared: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedZoneId: undefined,
  overlapZoneIds: [],
  focusedCarrierId: undefined,
  zoneSelected: (zoneId) => set({ selectedZoneId: zoneId, overlapZoneIds: [], focusedCarrierId: undefined, panel: 'zone' }),
  mapClicked: (zoneIds) => {
    if (zoneIds.length === 0) set({ selectedZoneId: undefined, overlapZoneIds: [], focusedCarrierId: undefined });
    else if (zoneIds.length === 1) set({ selectedZoneId: zoneIds[0], overlapZoneIds: [], focusedCarrierId: undefined, panel: 'zone' });
    else set({ selectedZoneId: undefined, overlapZoneIds: zoneIds, focusedCarrierId: undefined, panel: 'zone' });
  },
  carrierFocused: (carrierId) => set({ focusedCarrierId: carrierId }),
  selectionCleared: () => set({ selectedZoneId: undefined, overlapZoneIds: [], focusedCarrierId: undefined }),
});
