import type { StateCreator } from 'zustand';
import type { LensSubject } from '../../data/lens-scope';
import type { AppState } from '../store';

export interface LensSlice {
  /** The industry whose zones, corridors, parks and carriers are highlighted across every plan. */
  lensIndustryId?: string;
  /** The family so lensed instead, when the question is broad ("finance"); at most one of the two is set. */
  lensFamilyId?: string;
  industryPicked: (industryId: string) => void;
  /** Opens the lens on a family; `zoneId` (a matrix cell's zone) is selected with it and stays highlighted in the lens. */
  familyPicked: (familyId: string, options?: { zoneId?: string }) => void;
  lensCleared: () => void;
}

export const createLensSlice: StateCreator<AppState, [], [], LensSlice> = (set) => ({
  lensIndustryId: undefined,
  lensFamilyId: undefined,
  industryPicked: (industryId) => set({ lensIndustryId: industryId, lensFamilyId: undefined, panel: 'lens' }),
  familyPicked: (familyId, options) =>
    set({
      lensFamilyId: familyId,
      lensIndustryId: undefined,
      panel: 'lens',
      ...(options?.zoneId ? { selectedZoneId: options.zoneId, overlapZoneIds: [], focusedCarrierId: undefined } : {}),
    }),
  lensCleared: () => set({ lensIndustryId: undefined, lensFamilyId: undefined }),
});

/** What the lens looks at, if anything. */
export function lensSubjectOf(state: Pick<AppState, 'lensFamilyId' | 'lensIndustryId'>): LensSubject | undefined {
  if (state.lensFamilyId) return { kind: 'family', id: state.lensFamilyId };
  if (state.lensIndustryId) return { kind: 'industry', id: state.lensIndustryId };
  return undefined;
}
