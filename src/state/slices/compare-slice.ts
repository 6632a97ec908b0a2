import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { nextFraming } from './map-slice';

export interface CompareSlice {
  /** Up to two zones side by side; adding a third drops the oldest. */
  compareZoneIds: string[];
  /** Opens the comparison with the zone in it; the map frames the zones compared. */
  zoneCompared: (zoneId: string, options?: { frame?: boolean }) => void;
  zoneUncompared: (zoneId: string) => void;
  compareCleared: () => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compareZoneIds: [],
  zoneCompared: (zoneId, { frame = true } = {}) =>
    set((state) => {
      const compareZoneIds = [...state.compareZoneIds.filter((id) => id !== zoneId), zoneId].slice(-2);
      return { compareZoneIds, panel: 'compare', ...(frame ? { framing: nextFraming(state, { zoneIds: compareZoneIds }) } : {}) };
    }),
  zoneUncompared: (zoneId) => set((state) => ({ compareZoneIds: state.compareZoneIds.filter((id) => id !== zoneId) })),
  compareCleared: () => set({ compareZoneIds: [] }),
});
