import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

type Bbox = [number, number, number, number];

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** On wide screens the layer panel floats over the map's left edge; keep all of Suzhou clear of it. */
export function framePadding(container: HTMLElement) {
  const wide = container.clientWidth >= 1200 && container.clientWidth > container.clientHeight;
  return wide ? { top: 24, bottom: 24, left: 330, right: 24 } : 24;
}

/** Padding that keeps framed shapes clear of the side panel and the header on any screen. */
function padding(map: MapLibreMap) {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const p = Math.round(Math.min(width, height) * 0.08) + 16;
  return { top: p, bottom: p, left: p, right: p };
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
