import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface LensSlice {
  /** The industry whose zones, corridors, parks and carriers are highlighted across every plan. */
  lensIndustryId?: string;
  industryPicked: (industryId: string) => void;
  lensCleared: () => void;
}

export const createLensSlice: StateCreator<AppState, [], [], LensSlice> = (set) => ({
  lensIndustryId: undefined,
  industryPicked: (industryId) => set({ lensIndustryId: industryId, panel: 'lens' }),
  lensCleared: () => set({ lensIndustryId: undefined }),
});
