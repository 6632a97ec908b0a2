import { basePalette, uiColors } from '../../config/design-tokens';
import { suzhouBounds } from '../../config/view';
import type { Rect } from './export-layout';

type Bbox = [number, number, number, number];
/** Outer rings of the city's districts, [lng, lat] each. */
export type Rings = [number, number][][];

/** Places a [lng, lat] inside `box`, which shows all of Suzhou (equirectangular is enough for a thumbnail). */
export function locatorProjection(box: Rect): (lng: number, lat: number) => [number, number] {
  const [[west, south], [east, north]] = suzhouBounds;
  return (lng, lat) => [box.x + ((lng - west) / (east - west)) * box.width, box.y + ((north - lat) / (north - south)) * box.height];
}

/** The outer rings of a GeoJSON file's polygons; anything unexpected is skipped (the inset is a nicety). */
export function outerRings(geojson: unknown): Rings {
  const features = (geojson as { features?: { geometry?: { type?: string; coordinates?: unknown } }[] })?.features ?? [];
  return features.flatMap(({ geometry }) => {
    if (geometry?.type === 'Polygon') return [(geometry.coordinates as Rings)[0]!];
    if (geometry?.type === 'MultiPolygon') return (geometry.coordinates as Rings[]).map((polygon) => polygon[0]!);
    return [];
  });
}

/**
 * The locator inset: all of Suzhou in miniature, with the extent the exported map shows drawn on it, so a
 * reader of a close-up still knows where in the city it is.
 */
export function drawLocator(ctx: CanvasRenderingContext2D, box: Rect, rings: Rings, shown: Bbox, caption: string, scale: number) {
  const project = locatorProjection(box);
  ctx.save();
  ctx.fillStyle = 'rgba(251,250,246,0.94)';
  ctx.strokeStyle = uiColors.locatorBorder;
  ctx.lineWidth = Math.max(1, scale);
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, 6 * scale);
  ctx.fill();
  ctx.stroke();
  ctx.clip();
  ctx.fillStyle = basePalette.land;
  ctx.strokeStyle = basePalette.districtBorder;
  ctx.lineWidth = Math.max(0.6, 0.8 * scale);
  for (const ring of rings) {
    ctx.beginPath();
    ring.forEach(([lng, lat], i) => (i === 0 ? ctx.moveTo(...project(lng, lat)) : ctx.lineTo(...project(lng, lat))));
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  }
  // A close-up can be a few pixels across at this scale: never draw it smaller than a visible mark.
  const [x0, y0] = project(shown[0], shown[3]);
  const [x1, y1] = project(shown[2], shown[1]);
  const min = 8 * scale;
  const w = Math.max(min, x1 - x0);
  const h = Math.max(min, y1 - y0);
  ctx.strokeStyle = uiColors.accent;
  ctx.lineWidth = Math.max(2, 2.5 * scale);
  ctx.strokeRect((x0 + x1) / 2 - w / 2, (y0 + y1) / 2 - h / 2, w, h);
  ctx.fillStyle = uiColors.inkSoft;
  ctx.font = `600 ${Math.round(13 * scale)}px 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText(caption, box.x + 8 * scale, box.y + box.height - 6 * scale);
  ctx.restore();
}
