import type { Camera } from '../state/slices/map-slice';
import { unionBbox, type Bbox } from './camera';
import type { PlanMap } from './plan-map';
import { carrierPlaces } from './carrier-places';
import { placeBoxes } from './place-boxes';
import { zoneExtents } from './zone-extents';

/**
 * Read-only access to the live map for take-aways (image export, printed brief), so features never import
 * maplibre-gl; they pass the PlanMap of their context (undefined where there is none: nothing to take). The map
 * is created with preserveDrawingBuffer, so its canvas can be copied at any time.
 */
export function getMapCanvas(planMap: PlanMap | undefined): HTMLCanvasElement | undefined {
  return planMap?.map?.getCanvas();
}

/** Resolves once the map has drawn everything it is loading, or after `timeoutMs` so a take-away never hangs. */
export function mapIdle(planMap: PlanMap | undefined, timeoutMs = 4000): Promise<void> {
  const map = planMap?.map;
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

/** The extents of zones (from the label file) and the points of carriers (from theirs), as boxes to frame. */
export async function boxesOf(zoneIds: string[], carrierIds: string[] = []): Promise<Bbox[]> {
  const [extents, carriers] = await Promise.all([
    zoneExtents().catch(() => undefined),
    carrierIds.length ? carrierPlaces().catch(() => undefined) : undefined,
  ]);
  return placeBoxes(zoneIds, carrierIds, (id) => extents?.get(id)?.bbox, carriers);
}

export interface FramedCapture {
  canvas: HTMLCanvasElement;
  /** What the captured map shows: [west, south, east, north]. */
  bounds: Bbox;
}

/**
 * Frames `boxes` on the whole canvas (a take-away keeps all of it, panels included), lets `read` copy the
 * map, then puts the camera back where the user had it. With no boxes the map is captured as it is.
 */
export async function captureFramed<T>(planMap: PlanMap | undefined, boxes: Bbox[], read: (capture: FramedCapture) => T): Promise<T | undefined> {
  const map = planMap?.map;
  if (!map) return undefined;
  const box = unionBbox(boxes);
  const before = { center: map.getCenter(), zoom: map.getZoom() };
  if (box) {
    const { width, height } = map.getContainer().getBoundingClientRect();
    const margin = Math.round(Math.min(width, height) * 0.06);
    map.fitBounds(
      [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      { padding: margin, maxZoom: map.getMaxZoom(), duration: 0 },
    );
  }
  await mapIdle(planMap);
  const b = map.getBounds();
  try {
    return read({ canvas: map.getCanvas(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] });
  } finally {
    if (box) map.jumpTo(before);
  }
}

/**
 * A picture of the map framed on `boxes`, drawn at `width`×`height` CSS pixels (and `pixelRatio` device pixels
 * per CSS pixel): a printed brief shows the map at about that size, so its labels print at their screen size
 * rather than shrunk with a whole screen's worth of map. The map is hidden while it is drawn at that size.
 */
export async function snapshotAt(
  planMap: PlanMap | undefined,
  boxes: Bbox[],
  width: number,
  height: number,
  pixelRatio: number,
): Promise<string | undefined> {
  const map = planMap?.map;
  if (!map) return undefined;
  const container = map.getContainer();
  const style = { width: container.style.width, height: container.style.height, visibility: container.style.visibility };
  const before = { center: map.getCenter(), zoom: map.getZoom() };
  const ratio = map.getPixelRatio();
  Object.assign(container.style, { width: `${width}px`, height: `${height}px`, visibility: 'hidden' });
  map.setPixelRatio(pixelRatio);
  map.resize();
  try {
    return await captureFramed(planMap, boxes, ({ canvas }) => (canvas.width > 0 ? canvas.toDataURL('image/png') : undefined));
  } finally {
    Object.assign(container.style, style);
    map.setPixelRatio(ratio);
    map.resize();
    map.jumpTo(before);
  }
}

/** The camera that shows every zone and carrier given whole inside the central `aspect` crop (an industry brief's map). */
export async function cameraForPlaces(
  planMap: PlanMap | undefined,
  zoneIds: string[],
  carrierIds: string[],
  aspect = 4 / 3,
): Promise<Camera | undefined> {
  const union = unionBbox(await boxesOf(zoneIds, carrierIds));
  return union ? cameraForBbox(planMap, union, aspect) : undefined;
}

function cameraForBbox(planMap: PlanMap | undefined, bbox: Bbox, aspect: number): Camera | undefined {
  const map = planMap?.map;
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
