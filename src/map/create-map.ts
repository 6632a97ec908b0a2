import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre's worker is a separate module; bundle it as a file of our own so nothing loads from elsewhere.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { assetUrl, settings } from '../config/env';
import { maxBounds, maxZoom, minZoom, suzhouBounds } from '../config/view';
import type { Locale } from '../i18n/messages';
import type { Camera, MapInsets } from '../state/slices/map-slice';
import { buildStyle } from './build-style';
import { framePadding } from './camera';

export interface CreateMapOptions {
  container: HTMLElement;
  locale: Locale;
  /** Map labels at this many times their size (the store's `mapLabelScale`). */
  labelScale?: number;
  /** Where a shared link asks the map to open; otherwise it frames all of Suzhou. */
  camera?: Camera;
  /** What covers the map's edges (the phone's sheet); all of Suzhou is framed in the rest. */
  insets?: MapInsets;
}

/** Creates the one map of the app: no rotation or pitch (planners read north-up maps), framed on Suzhou. */
export function createMap({ container, locale, labelScale, camera, insets }: CreateMapOptions): MapLibreMap {
  setWorkerUrl(new URL(workerUrl, window.location.href).href);
  const map = new MapLibreMap({
    container,
    style: buildStyle({
      url: assetUrl,
      locale,
      labelScale,
      onlineBaseMapUrl: settings.onlineBaseMapUrl,
      onlineBaseMapAttribution: settings.onlineBaseMapAttribution,
    }),
    ...(camera
      ? { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom }
      : { bounds: suzhouBounds, fitBoundsOptions: { padding: framePadding(container, insets) } }),
    maxBounds,
    minZoom,
    maxZoom,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    // Labels placed at once: a fade would hold back the next placement for 300 ms, so a plan or a lens that
    // brings in names would draw them in two steps, half a second apart.
    fadeDuration: 0,
    // Keeps the canvas readable by screenshots and PNG export.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}
