import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

type Bbox = [number, number, number, number];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** On wide screens the layer panel floats over the map's left edge; keep all of Suzhou clear of it. */
export function framePadding(container: HTMLElement) {
  const wide = container.clientWidth >= 1200 && container.clientWidth > container.clientHeight;
  return wide ? { top: 24, bottom: 24, left: 330, right: 24 } : 24;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
type Insets = Record<Side, number>;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Panels that float over the map (the layer panel, a bottom sheet) carry this attribute. */
export const coversMapAttribute = 'data-covers-map';

/**
 * How far in from each side of the map the overlays reach: each overlay is cleared along the side that costs
 * the least room (a panel down the left edge → a left inset of its width). Pure, for the tests.
 */
export function overlayInsets(map: Box, overlays: Box[]): Insets {
  const insets: Insets = { top: 0, bottom: 0, left: 0, right: 0 };
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

/** Padding that keeps framed shapes clear of the map's edges and of the panels floating over it, on any screen. */
function padding(map: MapLibreMap) {
  const box = map.getContainer().getBoundingClientRect();
  const base = Math.round(Math.min(box.width, box.height) * 0.08) + 16;
  const overlays = [...document.querySelectorAll(`[${coversMapAttribute}]`)].map((el) => el.getBoundingClientRect());
  const insets = overlayInsets(box, overlays);
  // Never leave less than half of the map to frame in, whatever the overlays cover.
  const fit = (a: number, b: number, size: number) => Math.min(1, (size * 0.5) / Math.max(1, a + b));
  const across = fit(insets.left + base, insets.right + base, box.width);
  const down = fit(insets.top + base, insets.bottom + base, box.height);
  return {
    top: Math.round((insets.top + base) * down),
    bottom: Math.round((insets.bottom + base) * down),
    left: Math.round((insets.left + base) * across),
    right: Math.round((insets.right + base) * across),
  };
}

export function unionBbox(boxes: Bbox[]): Bbox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Frames the boxes unless they are already in view (a zone clicked on the map never moves the camera). */
export function frame(map: MapLibreMap, boxes: Bbox[], { force = false } = {}): void {
  const box = unionBbox(boxes);
  if (!box) return;
  const view = map.getBounds();
  const inView = view.contains([box[0], box[1]]) && view.contains([box[2], box[3]]);
  if (inView && !force) return;
  const bounds: LngLatBoundsLike = [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
  map.fitBounds(bounds, { padding: padding(map), maxZoom: 13, duration: reducedMotion() ? 0 : 900 });
}

export function flyToPoint(map: MapLibreMap, coord: [number, number]): void {
  map.flyTo({ center: coord, zoom: Math.max(map.getZoom(), 12.5), duration: reducedMotion() ? 0 : 1000 });
}
