import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { coveredInsets, type Insets } from './covered-insets';

export type Bbox = [number, number, number, number];

/** The closest the camera frames anything unless asked otherwise: a 4 km² park still shows its streets around it. */
export const defaultFrameMaxZoom = 13.5;
/** A single point (a development zone drawn as a dot, a carrier) is shown with its town around it. */
const pointZoom = 12.5;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** On wide screens the layer panel floats over the map's left edge; keep all of Suzhou clear of it. */
export function framePadding(container: HTMLElement) {
  const wide = container.clientWidth >= 1200 && container.clientWidth > container.clientHeight;
  return wide ? { top: 24, bottom: 24, left: 330, right: 24 } : 24;
}

/**
 * Elements that lie over the map and must not hide what the camera frames: anything marked
 * `data-map-overlay` (the layer panel, a slide's card and caption, a bottom sheet …), as laid out right now.
 */
function overlayBoxes(): DOMRect[] {
  return [...document.querySelectorAll<HTMLElement>('[data-map-overlay]')]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

/** Padding that keeps framed places inside the part of the map nothing covers, with a margin around them. */
export function visiblePadding(map: MapLibreMap): Insets {
  const container = map.getContainer().getBoundingClientRect();
  const covered = coveredInsets(container, overlayBoxes());
  const margin = Math.round(Math.min(container.width, container.height) * 0.06) + 12;
  return {
    top: covered.top + margin,
    right: covered.right + margin,
    bottom: covered.bottom + margin,
    left: covered.left + margin,
  };
}

export function unionBbox(boxes: Bbox[]): Bbox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Frames the boxes in the uncovered part of the map: a flight, or a jump for users who ask for less motion. */
export function frameBoxes(map: MapLibreMap, boxes: Bbox[], { maxZoom = defaultFrameMaxZoom } = {}): void {
  const box = unionBbox(boxes);
  if (!box) return;
  const isPoint = box[2] - box[0] < 1e-6 && box[3] - box[1] < 1e-6;
  const bounds: LngLatBoundsLike = [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
  map.fitBounds(bounds, {
    padding: visiblePadding(map),
    maxZoom: isPoint ? Math.min(maxZoom, pointZoom) : maxZoom,
    duration: reducedMotion() ? 0 : 900,
  });
}
