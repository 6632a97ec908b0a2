import type { SheetHeight } from '../../state/slices/sheet-slice';
import type { MapInsets } from '../../state/slices/map-slice';

/** The sheet's scroll position at each height (its snap points, as laid out by the stylesheet). */
export type SheetStops = Record<SheetHeight, number>;

/** The height a scroll position stands for: the nearest stop, or `full` once the content itself scrolls. */
export function heightAt(scrollTop: number, stops: SheetStops): SheetHeight {
  if (scrollTop >= (stops.half + stops.full) / 2) return 'full';
  if (scrollTop >= (stops.peek + stops.half) / 2) return 'half';
  return 'peek';
}

export interface SheetBox {
  /** The area the sheet moves in (the map's, below the header). */
  areaWidth: number;
  areaHeight: number;
  /** The sheet's own width: all of the area's upright, a column at the left on a phone turned sideways. */
  sheetWidth: number;
  /** The part of the sheet showing when it is lowered. */
  peek: number;
}

/**
 * What the sheet hides of the map at a height. Upright, it covers the map's foot; turned sideways it is a
 * column down the left, so the map keeps the rest whatever its height.
 */
export function sheetInsets(height: SheetHeight, stops: SheetStops, box: SheetBox): MapInsets {
  if (box.sheetWidth < box.areaWidth * 0.9) return { top: 0, right: 0, bottom: 0, left: Math.round(box.sheetWidth) };
  return { top: 0, right: 0, bottom: Math.round(Math.min(box.areaHeight, box.peek + stops[height])), left: 0 };
}
