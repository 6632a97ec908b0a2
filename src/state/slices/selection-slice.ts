import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { nextFraming } from './map-slice';

export interface SelectionSlice {
  selectedZoneId?: string;
  /** The zones under the last click or tap when there was more than one: the user picks one. */
  overlapZoneIds: string[];
  focusedCarrierId?: string;
  /**
   * A zone picked anywhere but on the map (search, a list, a link, a tour): the map shows it and frames it.
   * `frame: false` when something else places the camera (a link's own view, a tour step's framing).
   */
  zoneSelected: (zoneId: string, options?: { frame?: boolean }) => void;
  /** A click on the map: the zone is where the user is looking, so the camera stays. */
  mapClicked: (zoneIds: string[]) => void;
  carrierFocused: (carrierId: string | undefined) => void;
  selectionCleared: () => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedZoneId: undefined,
  overlapZoneIds: [],
  focusedCarrierId: undefined,
  zoneSelected: (zoneId, { frame = true } = {}) =>
    set((state) => ({
      selectedZoneId: zoneId,
      overlapZoneIds: [],
      focusedCarrierId: undefined,
      panel: 'zone',
      ...(frame ? { framing: nextFraming(state, { zoneIds: [zoneId] }) } : {}),
    })),
  mapClicked: (zoneIds) => {
    if (zoneIds.length === 0) set({ selectedZoneId: undefined, overlapZoneIds: [], focusedCarrierId: undefined });
    else if (zoneIds.length === 1) set({ selectedZoneId: zoneIds[0], overlapZoneIds: [], focusedCarrierId: undefined, panel: 'zone' });
    else set({ selectedZoneId: undefined, overlapZoneIds: zoneIds, focusedCarrierId: undefined, panel: 'zone' });
  },
  carrierFocused: (carrierId) =>
    set((state) => ({
      focusedCarrierId: carrierId,
      ...(carrierId ? { framing: nextFraming(state, { carrierIds: [carrierId] }) } : {}),
    })),
  selectionCleared: () => set({ selectedZoneId: undefined, overlapZoneIds: [], focusedCarrierId: undefined }),
});
