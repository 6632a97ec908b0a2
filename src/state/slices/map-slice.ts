import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type MapStatus = 'starting' | 'ready' | 'unsupported' | 'failed';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/** Pixels of the map hidden behind panels that lie over it (the phone's bottom sheet), per side. */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const noInsets: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface MapSlice {
  mapStatus: MapStatus;
  /** The camera where it last came to rest, or where a link or a reset asks it to go. */
  camera?: Camera;
  /** Who set `camera`: the map reporting where it is, or someone asking the map to move there. */
  cameraSource: 'map' | 'request';
  /** What covers the map: framing keeps zones in the part left visible. */
  mapInsets: MapInsets;
  mapStatusChanged: (status: MapStatus) => void;
  cameraSettled: (camera: Camera) => void;
  cameraRequested: (camera: Camera | undefined) => void;
  mapCovered: (insets: MapInsets) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapStatus: 'starting',
  camera: undefined,
  cameraSource: 'map',
  mapInsets: noInsets,
  mapStatusChanged: (mapStatus) => set({ mapStatus }),
  cameraSettled: (camera) => set({ camera, cameraSource: 'map' }),
  cameraRequested: (camera) => set({ camera, cameraSource: 'request' }),
  mapCovered: (mapInsets) => set({ mapInsets }),
});
