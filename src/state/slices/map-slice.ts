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

/** Places the camera is asked to frame, in the part of the map that no panel or caption covers. */
export interface Framing {
  zoneIds: string[];
  carrierIds: string[];
  /** The closest the camera may come (a tour step's override); otherwise the map's own default. */
  maxZoom?: number;
  /** Counts requests, so asking for the same places again frames them again (the user may have panned). */
  seq: number;
}

export type FramingTarget = Omit<Framing, 'seq' | 'zoneIds' | 'carrierIds'> & Partial<Pick<Framing, 'zoneIds' | 'carrierIds'>>;

export interface MapSlice {
  mapStatus: MapStatus;
  /** The camera where it last came to rest, or where a link or a reset asks it to go. */
  camera?: Camera;
  /** Who set `camera`: the map reporting where it is, or someone asking the map to move there. */
  cameraSource: 'map' | 'request';
  /** What covers the map: framing keeps zones in the part left visible. */
  mapInsets: MapInsets;
  framing?: Framing;
  /** Map labels at this many times their size: 1 at a desk, more on a kiosk read from a distance. */
  mapLabelScale: number;
  mapStatusChanged: (status: MapStatus) => void;
  cameraSettled: (camera: Camera) => void;
  cameraRequested: (camera: Camera | undefined) => void;
  mapCovered: (insets: MapInsets) => void;
  framingRequested: (target: FramingTarget) => void;
  mapLabelsScaled: (scale: number) => void;
}

/** The next framing request, for slices that frame what they select. */
export const nextFraming = (state: Pick<MapSlice, 'framing'>, target: FramingTarget): Framing => ({
  zoneIds: [],
  carrierIds: [],
  ...target,
  seq: (state.framing?.seq ?? 0) + 1,
});

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  mapStatus: 'starting',
  camera: undefined,
  cameraSource: 'map',
  mapInsets: noInsets,
  framing: undefined,
  mapLabelScale: 1,
  mapStatusChanged: (mapStatus) => set({ mapStatus }),
  cameraSettled: (camera) => set({ camera, cameraSource: 'map' }),
  cameraRequested: (camera) => set({ camera, cameraSource: 'request' }),
  mapCovered: (mapInsets) => set({ mapInsets }),
  framingRequested: (target) => set((state) => ({ framing: nextFraming(state, target) })),
  mapLabelsScaled: (mapLabelScale) => set({ mapLabelScale }),
});
