import type { Map as MapLibreMap } from 'maplibre-gl';
import { suzhouBounds } from '../config/view';
import type { Store } from '../state/store';
import { framePadding } from './camera';

const near = (a: number, b: number, epsilon: number) => Math.abs(a - b) < epsilon;

/**
 * The camera stays the map's own (uncontrolled); it reports where it comes to rest, and moves only when
 * someone requests a camera (a shared link, back/forward, a reset). No request → frame all of Suzhou.
 */
export function bindCamera(map: MapLibreMap, store: Store): () => void {
  const onMoveEnd = () => {
    const { lng, lat } = map.getCenter();
    store.getState().cameraSettled({ lng, lat, zoom: map.getZoom() });
  };
  map.on('moveend', onMoveEnd);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.cameraSource !== 'request' || state.camera === previous.camera) return;
    const camera = state.camera;
    if (!camera) {
      map.fitBounds(suzhouBounds, { padding: framePadding(map.getContainer(), state.mapInsets), duration: 0 });
      return;
    }
    const center = map.getCenter();
    if (near(center.lng, camera.lng, 1e-5) && near(center.lat, camera.lat, 1e-5) && near(map.getZoom(), camera.zoom, 0.01)) return;
    map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  });
  return () => {
    map.off('moveend', onMoveEnd);
    unsubscribe();
  };
}
