import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type MapStatus = 'starting' | 'ready' | 'unsupported' | 'failed';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface MapSlice {
  mapStatus: MapStatus;
  /** The camera where it last came to rest, or where a link or a reset asks it to go. */
  camera?: Camera;
  /** Who set `camera`: the map reporting where it is, or someone asking the map to move there. */
  cameraSource: 'map' | 'request';
  mapStatusChanged: (status: MapStatus) => void;
  cameraSettled: (camera: Camera) => void;
  cameraRequested: (camera: Camera | undefined) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapStatus: 'starting',
  camera: undefined,
  cameraSource: 'map',
  mapStatusChanged: (mapStatus) => set({ mapStatus }),
  cameraSettled: (camera) => set({ camera, cameraSource: 'map' }),
  cameraRequested: (camera) => set({ camera, cameraSource: 'request' }),
});
