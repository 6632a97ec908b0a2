import type { Camera } from '../state/slices/map-slice';
import { unionBbox } from './camera';
import { zoneExtents } from './zone-extents';

/**
 * Read-only access to the live map for take-aways (image export, printed brief), so features never import
 * maplibre-gl. The map is created with preserveDrawingBuffer, so its canvas can be copied at any time.
 */
export function getMapCanvas(): HTMLCanvasElement | undefined {
  return window.__suzhouMap?.getCanvas();
}

/** Resolves once the map has drawn everything it is loading, or after `timeoutMs` so a take-away never hangs. */
export function mapIdle(timeoutMs = 4000): Promise<void> {
  const map = window.__suzhouMap;
  if (!map) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(done, timeoutMs);
    function done() {
      window.clearTimeout(timer);
      map!.off('idle', done);
      resolve();
    }
    map.once('idle', done);
    // An idle map only fires `idle` again after one more frame.
    map.triggerRepaint();
  });
}


type Bbox = [number, number, number, number];

/**
 * The camera that shows a zone whole inside the central `aspect` (width/height) crop of the map, which is what
 * a printed brief keeps of the canvas. Undefined when the map or the zone's extent is not there.
 */
export async function cameraForZone(zoneId: string, aspect = 4 / 3): Promise<Camera | undefined> {
  const bbox = (await zoneExtents().catch(() => undefined))?.get(zoneId)?.bbox;
  return bbox ? cameraForBbox(bbox, aspect) : undefined;
}

/** The camera that shows every zone and point given whole inside the central `aspect` crop (an industry brief's map). */
export async function cameraForPlaces(zoneIds: string[], points: [number, number][], aspect = 4 / 3): Promise<Camera | undefined> {
  const extents = await zoneExtents().catch(() => undefined);
  const boxes: Bbox[] = [
    ...zoneIds.flatMap((id) => (extents?.get(id) ? [extents.get(id)!.bbox] : [])),
    ...points.map(([lng, lat]): Bbox => [lng, lat, lng, lat]),
  ];
  const union = unionBbox(boxes);
  return union ? cameraForBbox(union, aspect) : undefined;
}

function cameraForBbox(bbox: Bbox, aspect: number): Camera | undefined {
  const map = window.__suzhouMap;
  if (!map) return undefined;
  const { width, height } = map.getContainer().getBoundingClientRect();
  const margin = Math.round(Math.min(width, height) * 0.08);
  const side = Math.max(0, (width - height * aspect) / 2);
  const ends = Math.max(0, (height - width / aspect) / 2);
  const camera = map.cameraForBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding: { top: margin + ends, bottom: margin + ends, left: margin + side, right: margin + side }, maxZoom: 13 },
  );
  if (!camera?.center) return undefined;
  const center = camera.center as { lng: number; lat: number } | [number, number];
  const [lng, lat] = Array.isArray(center) ? center : [center.lng, center.lat];
  return { lng, lat, zoom: camera.zoom ?? map.getZoom() };
}
