import type { Camera } from '../../state/slices/map-slice';

export type Bbox = [number, number, number, number];

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

// MapLibre's world is 512 px wide at zoom 0.
const tile = 512;
const toX = (lng: number) => ((lng + 180) / 360) * tile;
const toY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * tile;
};
const toLng = (x: number) => (x / tile) * 360 - 180;
const toLat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / tile))) * 180) / Math.PI;

/**
 * The camera that shows `bbox` inside the part of a `width`×`height` map not covered by `insets` (the slide
 * card and the bars over it). Pure Web Mercator, so it is tested without WebGL; the map just jumps there.
 */
export function fitCamera(bbox: Bbox, width: number, height: number, insets: Insets, zoomRange: [number, number]): Camera {
  const [west, south, east, north] = bbox;
  const freeWidth = Math.max(width - insets.left - insets.right, 1);
  const freeHeight = Math.max(height - insets.top - insets.bottom, 1);
  const spanX = Math.max(toX(east) - toX(west), 1e-9);
  const spanY = Math.max(toY(south) - toY(north), 1e-9);
  const zoom = Math.min(Math.max(Math.log2(Math.min(freeWidth / spanX, freeHeight / spanY)), zoomRange[0]), zoomRange[1]);
  const scale = 2 ** zoom;
  // The box's centre goes to the centre of the free area, which sits off the map's centre by half the insets.
  const centerX = (toX(west) + toX(east)) / 2 - (insets.left - insets.right) / 2 / scale;
  const centerY = (toY(north) + toY(south)) / 2 - (insets.top - insets.bottom) / 2 / scale;
  return { lng: toLng(centerX), lat: toLat(centerY), zoom };
}
