import { exportLayout, legendSlot, maxRowsPerColumn, type Rect } from './export-layout';

const inside = (inner: Rect, outer: { width: number; height: number }) =>
  inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('exportLayout', () => {
  it('copies the map 1:1 below the title and keeps every part inside the image', () => {
    const layout = exportLayout({ mapWidth: 1520, mapHeight: 1020, legendRows: 12 });
    expect(layout.width).toBe(1520);
    expect(layout.map).toEqual({ x: 0, y: layout.map.y, width: 1520, height: 1020 });
    expect(layout.map.y).toBeGreaterThan(layout.subtitle.y);
    expect(layout.qr.y).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(inside(layout.qr, layout)).toBe(true);
    expect(layout.footer.y).toBeLessThan(layout.height);
    expect(layout.qr.width).toBe(layout.qr.height);
  });

  it('flows the legend into columns that stay clear of the QR code', () => {
    const layout = exportLayout({ mapWidth: 1520, mapHeight: 1020, legendRows: 42 });
    expect(layout.legend.columns).toBeGreaterThan(1);
    for (let i = 0; i < layout.legend.capacity; i++) {
      const slot = legendSlot(layout, i);
      const row = { ...slot, width: layout.legend.columnWidth * 0.9, height: layout.legend.rowHeight };
      expect(overlaps(row, layout.qr), `row ${i}`).toBe(false);
      expect(row.y + row.height).toBeLessThan(layout.footerRule);
    }
    // All four plans of the real catalog: 4 headings and 38 top-level zones.
    expect(layout.legend.capacity).toBeGreaterThanOrEqual(42);
  });

  it('keeps a short legend in one column and caps a very long one', () => {
    expect(exportLayout({ mapWidth: 1520, mapHeight: 1020, legendRows: 4 }).legend.rowsPerColumn).toBe(4);
    const long = exportLayout({ mapWidth: 1080, mapHeight: 1200, legendRows: 500 });
    expect(long.legend.rowsPerColumn).toBe(maxRowsPerColumn);
    expect(long.legend.capacity).toBeLessThan(500);
  });

  it('puts the industries between the map and the legend, beside the QR code, and the locator in the map’s corner', () => {
    const layout = exportLayout({ mapWidth: 1520, mapHeight: 1020, legendRows: 12, industries: true });
    const { title, lines } = layout.industries!;
    expect(title.y).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)!.y).toBeLessThan(layout.legendTitle.y);
    for (const line of [title, ...lines]) expect(line.x + line.maxWidth).toBeLessThan(layout.qr.x);
    const { locator, map } = layout;
    expect(locator.x + locator.width).toBeLessThanOrEqual(map.x + map.width);
    expect(locator.y).toBeGreaterThanOrEqual(map.y);
    expect(locator.width).toBeLessThan(map.width / 4);
    expect(exportLayout({ mapWidth: 1520, mapHeight: 1020, legendRows: 12 }).industries).toBeUndefined();
  });

  it('scales type with the image, so a 4K kiosk export is not a page of tiny print', () => {
    const hd = exportLayout({ mapWidth: 1600, mapHeight: 900, legendRows: 10 });
    const uhd = exportLayout({ mapWidth: 3200, mapHeight: 1800, legendRows: 10 });
    expect(uhd.title.size).toBe(hd.title.size * 2);
    expect(uhd.height).toBeCloseTo(hd.height * 2, -1);
  });
});
