import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { noInsets, type MapInsets } from '../state/slices/map-slice';

export type Bbox = [number, number, number, number];
type Side = keyof MapInsets;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The closest the camera frames anything unless asked otherwise: a 4 km² park still shows its streets around it. */
export const defaultFrameMaxZoom = 13.5;
/** A single point (a development zone drawn as a dot, a carrier) is shown with its town around it. */
const pointZoom = 12.5;

/** Below this many pixels of map left uncovered (a sheet raised to full) there is nothing to frame into. */
const minVisiblePx = 120;

/** Panels that float over the map and must not hide what the camera frames (the layer panel, a slide's card …). */
export const mapOverlayAttribute = 'data-map-overlay';

const addInsets = (p: number | MapInsets, insets: MapInsets): MapInsets => {
  const base = typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p;
  return { top: base.top + insets.top, right: base.right + insets.right, bottom: base.bottom + insets.bottom, left: base.left + insets.left };
};

/**
 * The first view's padding. On wide screens the layer panel floats over the map's left edge; keep all of Suzhou
 * clear of it. On a phone, the bottom sheet's head covers the map's foot (`insets`).
 */
export function framePadding(container: HTMLElement, insets: MapInsets = noInsets): MapInsets {
  const wide = container.clientWidth >= 1200 && container.clientWidth > container.clientHeight;
  return addInsets(wide ? { top: 24, bottom: 24, left: 330, right: 24 } : 24, insets);
}

/**
 * How far in from each side of the map the overlays reach: each overlay is cleared along the side that costs
 * the least room (a panel down the left edge → a left inset of its width). Pure, for the tests.
 */
export function overlayInsets(map: Box, overlays: Box[]): MapInsets {
  const insets: MapInsets = { top: 0, bottom: 0, left: 0, right: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const o of overlays) {
    if (o.right <= map.left || o.left >= map.right || o.bottom <= map.top || o.top >= map.bottom || o.right === o.left) continue;
    const cost: [Side, number, number][] = [
      ['left', o.right - map.left, width],
      ['right', map.right - o.left, width],
      ['top', o.bottom - map.top, height],
      ['bottom', map.bottom - o.top, height],
    ];
    const [side, inset] = cost.reduce((best, next) => (next[1] / next[2] < best[1] / best[2] ? next : best));
    insets[side] = Math.max(insets[side], Math.round(inset));
  }
  return insets;
}

/**
 * What covers the map now: the panels marked in the page, as laid out, and the phone's sheet at the height it
 * is settling to (`sheet`, from the store: while it glides, its box is not yet where it will be).
 */
export function coveredInsets(map: MapLibreMap, sheet: MapInsets): MapInsets {
  const box = map.getContainer().getBoundingClientRect();
  const overlays = [...document.querySelectorAll(`[${mapOverlayAttribute}]`)]
    .map((el) => el.getBoundingClientRect())
    .filter((b) => b.width > 0 && b.height > 0);
  const measured = overlayInsets(box, overlays);
  return {
    top: Math.max(measured.top, sheet.top),
    right: Math.max(measured.right, sheet.right),
    bottom: Math.max(measured.bottom, sheet.bottom),
    left: Math.max(measured.left, sheet.left),
  };
}

/**
 * Padding that keeps framed shapes clear of what covers the map, with a margin around them; the margin shrinks
 * where the uncovered part is narrow (a phone held sideways, its sheet down one side), the covered part never.
 */
function padding(map: MapLibreMap, covered: MapInsets): MapInsets {
  const box = map.getContainer().getBoundingClientRect();
  const freeWidth = box.width - covered.left - covered.right;
  const freeHeight = box.height - covered.top - covered.bottom;
  const base = Math.round(Math.min(freeWidth, freeHeight) * 0.08) + 16;
  const margin = (free: number) => Math.max(0, Math.min(base, Math.floor((free - minVisiblePx) / 2)));
  const across = margin(freeWidth);
  const down = margin(freeHeight);
  return { top: covered.top + down, bottom: covered.bottom + down, left: covered.left + across, right: covered.right + across };
}

export function unionBbox(boxes: Bbox[]): Bbox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Whether the box lies whole in the part of the map nothing covers. */
function inVisiblePart(map: MapLibreMap, box: Bbox, covered: MapInsets): boolean {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const sw = map.project([box[0], box[1]]);
  const ne = map.project([box[2], box[3]]);
  return sw.x >= covered.left && ne.x <= width - covered.right && ne.y >= covered.top && sw.y <= height - covered.bottom;
}

export interface FrameOptions {
  /** Frame even when the boxes are already in view (a lens, which should fill the map; a zone picked in a list). */
  force?: boolean;
  /** The phone's sheet, as the store holds it. */
  sheet?: MapInsets;
  /** The closest the camera may come (a tour step's override). */
  maxZoom?: number;
}

/**
 * Frames the boxes in the part of the map nothing covers, unless they are already in view there (a zone
 * clicked on the map never moves the camera): a flight, or a jump for users who ask for less motion.
 */
export function frame(map: MapLibreMap, boxes: Bbox[], { force = false, sheet = noInsets, maxZoom = defaultFrameMaxZoom }: FrameOptions = {}): void {
  const box = unionBbox(boxes);
  if (!box) return;
  const covered = coveredInsets(map, sheet);
  const { width, height } = map.getContainer().getBoundingClientRect();
  if (width - covered.left - covered.right < minVisiblePx || height - covered.top - covered.bottom < minVisiblePx) return;
  if (!force && inVisiblePart(map, box, covered)) return;
  const bounds: LngLatBoundsLike = [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
  const isPoint = box[2] - box[0] < 1e-6 && box[3] - box[1] < 1e-6;
  map.fitBounds(bounds, { padding: padding(map, covered), maxZoom: isPoint ? Math.min(maxZoom, pointZoom) : maxZoom, duration: reducedMotion() ? 0 : 900 });
}
