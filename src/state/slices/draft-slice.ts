import type { StateCreator } from 'zustand';
import type { Zone } from '../../data/catalog-schema';
import {
  drawnZone,
  editedZone,
  editIdOf,
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
  /** Draft mode starts with the draft saved in the browser (one change, so nothing sees it open but empty). */
  draftOpened: (saved: DraftZone[]) => void;
  draftZoneDrawn: (geometry: DraftGeometry) => void;
  /** A plan zone is taken into the draft to be edited (or, if it is already, its edit is opened). */
  draftZoneEditStarted: (zone: Zone, geometry: DraftGeometry | undefined) => void;
  /** The zone whose fields the panel shows open. */
  draftZoneOpened: (id: string) => void;
  draftZoneReshaped: (id: string, geometry: DraftGeometry) => void;
  draftZoneEdited: (id: string, patch: Partial<Pick<DraftZone, 'name' | 'role' | 'industryIds' | 'carrierIds'>>) => void;
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
    draftOpened: (saved) => set({ draftOpen: true, draft: { ...emptyHistory, present: saved } }),
    draftZoneDrawn: (geometry) =>
      set((state) => {
        const zone = drawnZone(state.draft.present, geometry);
        return { draft: recorded(state.draft, [...state.draft.present, zone]), draftZoneId: zone.id };
      }),
    draftZoneEditStarted: (zone, geometry) =>
      set((state) => {
        const id = editIdOf(zone.id);
        if (state.draft.present.some((z) => z.id === id)) return { draftZoneId: id };
        return { draft: recorded(state.draft, [...state.draft.present, editedZone(zone, geometry)]), draftZoneId: id };
      }),
    draftZoneOpened: (draftZoneId) => set({ draftZoneId }),
    draftZoneReshaped: (id, geometry) =>
      change((zones) => zones.map((z) => (z.id === id ? { ...z, geometry, ...(z.editOf ? { reshaped: true } : {}) } : z))),
    draftZoneEdited: (id, patch) => change((zones) => zones.map((z) => (z.id === id ? { ...z, ...patch } : z))),
    draftZoneRemoved: (id) => change((zones) => zones.filter((z) => z.id !== id)),
    draftUndone: () => set((state) => ({ draft: undone(state.draft) })),
    draftRedone: () => set((state) => ({ draft: redone(state.draft) })),
    draftDiscarded: () => set((state) => ({ draft: recorded(state.draft, []), draftZoneId: undefined })),
  };
};
