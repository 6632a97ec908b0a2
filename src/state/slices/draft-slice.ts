import type { StateCreator } from 'zustand';
import {
  drawnZone,
  emptyHistory,
  recorded,
  redone,
  undone,
  type DraftGeometry,
  type DraftHistory,
  type DraftZone,
} from '../../data/draft-model';
import type { AppState } from '../store';

export type DraftTool = 'polygon' | 'linestring' | 'point' | 'select';

/** Whether a click on the map draws (draft mode with a drawing tool) instead of picking what lies there. */
export const drawingOnMap = (state: DraftSlice): boolean => state.draftOpen && state.draftTool !== 'select';

/** Draft mode's zones and their history (see features/draft/draft-model). */
export interface DraftSlice {
  draft: DraftHistory;
  /** The zone whose fields the draft panel shows open. */
  draftZoneId?: string;
  /** What a click on the map does: draw an area, a line or a point, or select a shape to reshape it. */
  draftTool: DraftTool;
  /** Whether draft mode runs: while a drawing tool is chosen, map clicks draw rather than pick zones. */
  draftOpen: boolean;
  draftToolChosen: (tool: DraftTool) => void;
  draftOpened: () => void;
  draftRestored: (zones: DraftZone[]) => void;
  draftZoneDrawn: (geometry: DraftGeometry) => void;
  draftZoneReshaped: (id: string, geometry: DraftGeometry) => void;
  draftZoneEdited: (id: string, patch: Partial<Pick<DraftZone, 'name' | 'role' | 'industryIds'>>) => void;
  draftZoneRemoved: (id: string) => void;
  draftUndone: () => void;
  draftRedone: () => void;
  draftDiscarded: () => void;
}

export const createDraftSlice: StateCreator<AppState, [], [], DraftSlice> = (set) => {
  const change = (update: (zones: DraftZone[]) => DraftZone[]) =>
    set((state) => ({ draft: recorded(state.draft, update(state.draft.present)) }));
  return {
    draft: emptyHistory,
    draftTool: 'polygon',
    draftOpen: false,
    draftToolChosen: (draftTool) => set({ draftTool }),
    draftOpened: () => set({ draftOpen: true }),
    draftRestored: (zones) => set({ draft: { ...emptyHistory, present: zones } }),
    draftZoneDrawn: (geometry) =>
      set((state) => {
        const zone = drawnZone(state.draft.present, geometry);
        return { draft: recorded(state.draft, [...state.draft.present, zone]), draftZoneId: zone.id };
      }),
    draftZoneReshaped: (id, geometry) => change((zones) => zones.map((z) => (z.id === id ? { ...z, geometry } : z))),
    draftZoneEdited: (id, patch) => change((zones) => zones.map((z) => (z.id === id ? { ...z, ...patch } : z))),
    draftZoneRemoved: (id) => change((zones) => zones.filter((z) => z.id !== id)),
    draftUndone: () => set((state) => ({ draft: undone(state.draft) })),
    draftRedone: () => set((state) => ({ draft: redone(state.draft) })),
    draftDiscarded: () => set((state) => ({ draft: recorded(state.draft, []), draftZoneId: undefined })),
  };
};
