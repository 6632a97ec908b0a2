import { suzhouBounds } from '../../config/view';

/** Where everything goes on an exported image, in canvas pixels. Pure, so it is tested without a canvas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextSlot {
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  maxWidth: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  /** 1 at a 1600 px wide image; everything else is a multiple of it. */
  scale: number;
  eyebrow: TextSlot;
  title: TextSlot;
  subtitle: TextSlot;
  date: TextSlot;
  map: Rect;
  /** The small map of all Suzhou in the map's top-right corner, with the exported extent marked on it. */
  locator: Rect;
  /** The zone's (or the lens's) industries: a heading and up to `maxIndustryLines` lines under the map. */
  industries?: { title: TextSlot; lines: TextSlot[] };
  legendTitle: TextSlot;
  legend: { x: number; y: number; columns: number; columnWidth: number; rowHeight: number; rowsPerColumn: number; capacity: number; textSize: number };
  qr: Rect;
  qrCaption: TextSlot;
  footer: TextSlot;
  /** The rule between the band and the footer. */
  footerRule: number;
}

export interface ExportLayoutInput {
  /** The map canvas in device pixels; it is copied 1:1. */
  mapWidth: number;
  mapHeight: number;
  /** Legend rows: plan headings plus zone entries. */
  legendRows: number;
  /** Whether the image lists industries (a zone or a lens is exported). */
  industries?: boolean;
}

/** The industries' text wraps onto at most this many lines; a longer list ends in an ellipsis. */
export const maxIndustryLines = 3;

/** Width / height of all Suzhou on screen (Web Mercator shrinks a degree of longitude by cos latitude). */
const cityAspect = (() => {
  const [[west, south], [east, north]] = suzhouBounds;
  return ((east - west) * Math.cos((((south + north) / 2) * Math.PI) / 180)) / (north - south);
})();

/** A legend column stops here; beyond it the last row says how many more there are. */
export const maxRowsPerColumn = 18;
const minRowsPerColumn = 8;

export function exportLayout({ mapWidth, mapHeight, legendRows, industries: withIndustries = false }: ExportLayoutInput): ExportLayout {
  const width = Math.round(mapWidth);
  const s = Math.max(0.5, width / 1600);
  const px = (n: number) => Math.round(n * s);
  const m = px(40);
  const inner = width - 2 * m;

  const eyebrow = { x: m, y: m + px(18), size: px(18), maxWidth: inner * 0.7 };
  const title = { x: m, y: eyebrow.y + px(50), size: px(40), maxWidth: inner * 0.75 };
  const subtitle = { x: m, y: title.y + px(36), size: px(21), maxWidth: inner * 0.75 };
  const date = { x: width - m, y: eyebrow.y, size: px(18), maxWidth: inner * 0.25 };
  const map = { x: 0, y: subtitle.y + px(26), width, height: Math.round(mapHeight) };

  const locatorWidth = Math.max(px(180), Math.round(map.width * 0.16));
  const locator = { x: map.x + map.width - m - locatorWidth, y: map.y + m, width: locatorWidth, height: Math.round(locatorWidth / cityAspect) };

  const bandTop = map.y + map.height + m;
  const qrSize = px(200);
  const qr = { x: width - m - qrSize, y: bandTop, width: qrSize, height: qrSize };
  const qrCaption = { x: qr.x + qrSize / 2, y: qr.y + qrSize + px(26), size: px(16), maxWidth: px(240) };

  const gap = px(28);
  const legendWidth = qr.x - m - gap * 2;
  const industryLine = px(28);
  const industries = withIndustries
    ? {
        title: { x: m, y: bandTop + px(16), size: px(16), maxWidth: legendWidth },
        lines: Array.from({ length: maxIndustryLines }, (_, i) => ({ x: m, y: bandTop + px(46) + i * industryLine, size: px(19), maxWidth: legendWidth })),
      }
    : undefined;
  const legendTop = industries ? industries.lines.at(-1)!.y + px(30) : bandTop;
  const columnWidth = px(300);
  const columns = Math.max(1, Math.floor((legendWidth + gap) / (columnWidth + gap)));
  // Short legends stay in one column, so a plan's heading sits above its zones.
  const rowsPerColumn = Math.min(maxRowsPerColumn, Math.max(Math.min(legendRows, minRowsPerColumn), Math.ceil(legendRows / columns)));
  const rowHeight = px(28);
  const legendTitle = { x: m, y: legendTop + px(16), size: px(16), maxWidth: legendWidth };
  const legend = {
    x: m,
    y: legendTitle.y + px(16),
    columns,
    columnWidth: columnWidth + gap,
    rowHeight,
    rowsPerColumn,
    capacity: columns * rowsPerColumn,
    textSize: px(17),
  };

  const bandBottom = Math.max(legend.y + rowsPerColumn * rowHeight, qrCaption.y + px(8));
  const footerRule = bandBottom + px(22);
  const footer = { x: m, y: footerRule + px(32), size: px(15), maxWidth: inner };
  const height = footer.y + px(24);

  return {
    width,
    height,
    scale: s,
    eyebrow,
    title,
    subtitle,
    date,
    map,
    locator,
    ...(industries ? { industries } : {}),
    legendTitle,
    legend,
    qr,
    qrCaption,
    footer,
    footerRule,
  };
}

/** Top-left corner of the `i`-th legend row, filling columns top to bottom. */
export function legendSlot(layout: ExportLayout, i: number): { x: number; y: number } {
  const { legend } = layout;
  const column = Math.floor(i / legend.rowsPerColumn);
  const row = i % legend.rowsPerColumn;
  return { x: legend.x + column * legend.columnWidth, y: legend.y + row * legend.rowHeight };
}
