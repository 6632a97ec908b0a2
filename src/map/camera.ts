import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { noInsets, type MapInsets } from '../state/slices/map-slice';

type Bbox = [number, number, number, number];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Below this many pixels of map left uncovered (a sheet raised to full) there is nothing to frame into. */
const minVisiblePx = 120;

const addInsets = (p: number | MapInsets, insets: MapInsets): MapInsets => {
  const base = typeof p === 'number' ? { top: p, right: p, bottom: p, left: p } : p;
  return { top: base.top + insets.top, right: base.right + insets.right, bottom: base.bottom + insets.bottom, left: base.left + insets.left };
};

/**
 * On wide screens the layer panel floats over the map's left edge; keep all of Suzhou clear of it. On a
 * phone, the bottom sheet's head covers the map's foot (`insets`).
 */
export function framePadding(container: HTMLElement, insets: MapInsets = noInsets): MapInsets {
  const wide = container.clientWidth >= 1200 && container.clientWidth > container.clientHeight;
  return addInsets(wide ? { top: 24, bottom: 24, left: 330, right: 24 } : 24, insets);
}

/** The part of the map's container that no panel covers, in the container's pixels. */
function visibleBox(map: MapLibreMap, insets: MapInsets) {
  const { width, height } = map.getContainer().getBoundingClientRect();
  return { left: insets.left, top: insets.top, right: width - insets.right, bottom: height - insets.bottom };
}

/** Padding that keeps framed shapes clear of the side panel, the header and the sheet on any screen. */
function padding(map: MapLibreMap, insets: MapInsets): MapInsets {
  const box = visibleBox(map, insets);
  return addInsets(Math.round(Math.min(box.right - box.left, box.bottom - box.top) * 0.08) + 16, insets);
}

export function unionBbox(boxes: Bbox[]): Bbox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Whether the box lies whole in the part of the map left visible. */
function inVisiblePart(map: MapLibreMap, box: Bbox, insets: MapInsets): boolean {
  const visible = visibleBox(map, insets);
  const sw = map.project([box[0], box[1]]);
  const ne = map.project([box[2], box[3]]);
  return sw.x >= visible.left && ne.x <= visible.right && ne.y >= visible.top && sw.y <= visible.bottom;
}

/**
 * Frames the boxes in the part of the map no panel covers, unless they are already in view there (a zone
 * clicked on the map never moves the camera).
 */
export function frame(map: MapLibreMap, boxes: Bbox[], { force = false, insets = noInsets }: { force?: boolean; insets?: MapInsets } = {}): void {
  const box = unionBbox(boxes);
  if (!box) return;
  const visible = visibleBox(map, insets);
  if (visible.right - visible.left < minVisiblePx || visible.bottom - visible.top < minVisiblePx) return;
  if (!force && inVisiblePart(map, box, insets)) return;
  const bounds: LngLatBoundsLike = [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
  map.fitBounds(bounds, { padding: padding(map, insets), maxZoom: 13, duration: reducedMotion() ? 0 : 900 });
}

/** Centres the point in the part of the map no panel covers. */
export function flyToPoint(map: MapLibreMap, coord: [number, number], insets: MapInsets = noInsets): void {
  const offset: [number, number] = [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
  map.flyTo({ center: coord, offset, zoom: Math.max(map.getZoom(), 12.5), duration: reducedMotion() ? 0 : 1000 });
}
