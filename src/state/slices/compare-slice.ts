import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface CompareSlice {
  /** Up to two zones side by side; adding a third drops the oldest. */
  compareZoneIds: string[];
  zoneCompared: (zoneId: string) => void;
  zoneUncompared: (zoneId: string) => void;
  compareCleared: () => void;
}

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  compareZoneIds: [],
  zoneCompared: (zoneId) =>
    set((state) => ({
      compareZoneIds: [...state.compareZoneIds.filter((id) => id !== zoneId), zoneId].slice(-2),
      panel: 'compare',
    })),
  zoneUncompared: (zoneId) => set((state) => ({ compareZoneIds: state.compareZoneIds.filter((id) => id !== zoneId) })),
  compareCleared: () => set({ compareZoneIds: [] }),
});
