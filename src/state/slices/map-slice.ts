import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type MapStatus = 'starting' | 'ready' | 'unsupported' | 'failed';

export interface MapSlice {
  mapStatus: MapStatus;
  mapStatusChanged: (status: MapStatus) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapStatus: 'starting',
  mapStatusChanged: (mapStatus) => set({ mapStatus }),
});
