import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog, Zone } from '../../src/data/catalog-schema';
import { exportLayout } from '../../src/features/export/export-layout';
import { briefMap } from '../../src/features/print-brief/brief-limits';
import { zoneBbox } from './support/framing';
import { suzhouBounds } from '../../src/config/view';
import { waitForMapIdle, watchPage } from './support/browser';
import { useHarness } from './support/harness';

const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));

/** The zones with the most industries (their carriers' included), carriers, targets and sources: the longest briefs. */
function fullestZones() {
  const carriers = new Map(catalog.carriers.map((c) => [c.id, c]));
  const industries = (zone: Zone) =>
    new Set([...zone.industryIds, ...zone.carrierIds.flatMap((id) => carriers.get(id)?.industryIds ?? [])]).size;
  const most = (size: (zone: Zone) => number) => catalog.zones.reduce((best, zone) => (size(zone) > size(best) ? zone : best));
  return [
    ...new Set([
      most(industries),
      most((zone) => zone.carrierIds.length),
      most((zone) => zone.targetIds.length),
      most((zone) => zone.refs.length),
    ]),
  ];
}

const harness = useHarness();

const openApp = harness.openApp;

/** Every size a `text-size` value can come out as: the outputs of its interpolate, step, match and case. */
function sizesOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (!Array.isArray(value)) return [];
  const [op, ...args] = value as [string, ...unknown[]];
  if (op === 'interpolate') return args.slice(2).filter((_, i) => i % 2 === 1).flatMap(sizesOf);
  if (op === 'step') return [args[1], ...args.slice(2).filter((_, i) => i % 2 === 1)].flatMap(sizesOf);
  if (op === 'match') return [...args.slice(1, -1).filter((_, i) => i % 2 === 1), args.at(-1)].flatMap(sizesOf);
  if (op === 'case') return [...args.slice(0, -1).filter((_, i) => i % 2 === 1), args.at(-1)].flatMap(sizesOf);
  return [];
}

/** The smallest text size any label of the style can be drawn at, in CSS pixels (MapLibre's default is 16). */
function smallestLabelPx(style: { layers: { type: string; layout?: Record<string, unknown> }[] }): number {
  const labels = style.layers.filter((layer) => layer.type === 'symbol' && layer.layout?.['text-field']);
  return Math.min(...labels.flatMap((layer) => sizesOf(layer.layout?.['text-size'] ?? 16)));
}

/** Counts page objects; Chromium writes each page's dictionary uncompressed, so no PDF library is needed. */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

interface PrintedBrief {
  pdf: Buffer;
  text: string;
  title: string;
  /** How far the brief runs past its one-page box (it is clipped there), in CSS pixels. */
  overflow: number;
  /** How far the last line of the sources ends above the bottom of the page's box (negative: cut off). */
  sourcesClearance: number;
  /** Printed size of the map picture over the size it was drawn at: labels print at this share of their size. */
  mapLabelScale: number;
  mapImageWidth: number;
  qrPath: string;
}

/**
 * Prints the brief of the link's zone to an A4 PDF. window.print() is replaced so that nothing blocks, and the
 * brief is read before page.pdf(), whose afterprint event removes it.
 */
async function printBrief(page: Page): Promise<PrintedBrief> {
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByTestId('print-brief').click();
  await page.waitForSelector('body[data-printed="yes"]', { timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  const read = await page.evaluate((ratio) => {
    const el = document.querySelector<HTMLElement>('[data-testid="zone-brief"]')!;
    return {
      text: el.textContent ?? '',
      title: el.querySelector('h1')?.textContent ?? '',
      overflow: el.scrollHeight - el.clientHeight,
      sourcesClearance: el.getBoundingClientRect().bottom - el.querySelector('.brief__sources')!.lastElementChild!.getBoundingClientRect().bottom,
      mapLabelScale: (el.querySelector('img')?.getBoundingClientRect().width ?? 0) / ((el.querySelector('img')?.naturalWidth ?? 1) / ratio),
      mapImageWidth: el.querySelector('img')?.naturalWidth ?? 0,
      qrPath: el.querySelector('[data-testid="qr-code"] path')?.getAttribute('d') ?? '',
    };
  }, briefMap.pixelRatio);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  return { pdf, ...read };
}

describe('take-aways', () => {
  it('prints a one-page A4 brief of a zone with its sources, a framed map and a QR code', async () => {
    const page = await openApp('?plans=wz-services-2021&zone=wz-east');
    const watch = watchPage(page, harness.url.replace(/\/$/, ''));
    const { pdf, text, title, overflow, mapImageWidth, qrPath, mapLabelScale } = await printBrief(page);
    writeFileSync('test-artifacts/zone-brief.pdf', pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(title).toBe('东部片区');
    expect(mapImageWidth).toBeGreaterThan(300);
    // The map is drawn at its printed size: its smallest labels (10 px, the style's floor) print at 7 pt or more.
    expect(smallestLabelPx(await page.evaluate(() => window.__suzhouMap!.getStyle()))).toBeGreaterThanOrEqual(10);
    expect(10 * mapLabelScale * 0.75).toBeGreaterThanOrEqual(7);
    expect(qrPath).toMatch(/^M\d/);
    expect(text).toContain('吴中区“十四五”现代服务业发展规划');
    expect(text).toMatch(/行 193–193/);
    // The map was framed on the zone, and the link in the QR code reopens that view.
    expect(page.url()).toMatch(/zone=wz-east.*view=/);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the fullest zones of every plan on one page, in English too', async () => {
    for (const zone of fullestZones()) {
      const page = await openApp(`?plans=${zone.planId}&zone=${zone.id}&lang=en`);
      const { pdf, text, overflow, sourcesClearance } = await printBrief(page);
      writeFileSync(`test-artifacts/zone-brief-${zone.id}.pdf`, pdf);
      expect(text, zone.id).toContain(zone.name.en);
      expect(pdfPageCount(pdf), zone.id).toBe(1);
      expect(overflow, zone.id).toBeLessThanOrEqual(1);
      expect(sourcesClearance, `${zone.id}: the last line of sources is on the page`).toBeGreaterThanOrEqual(0);
      await page.close();
    }
  }, 150_000);

  it('exports the view as a PNG with the map, the legend and a QR code that is not blank', async () => {
    const page = await openApp('?plans=wz-services-2021&zone=wz-east');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image').click()]);
    expect(download.suggestedFilename()).toMatch(/^suzhou-plan-wz-east-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path())!);
    writeFileSync('test-artifacts/export.png', png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    const [mapWidth, mapHeight] = await page.evaluate(() => {
      const canvas = window.__suzhouMap!.getCanvas();
      return [canvas.width, canvas.height];
    });
    const zones = catalog.zones.filter((z) => z.planId === 'wz-services-2021' && !z.parentId);
    const layout = exportLayout({ mapWidth: mapWidth!, mapHeight: mapHeight!, legendRows: 1 + zones.length, industries: true });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([layout.width, layout.height]);

    // Reads the QR square back from the PNG: a real code is roughly half dark, half light.
    const darkShare = await page.evaluate(
      async ([data, qr]) => {
        const bytes = Uint8Array.from(atob(data as string), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { x, y, width, height } = qr as { x: number; y: number; width: number; height: number };
        const pixels = ctx.getImageData(x, y, width, height).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 80) dark++;
        return dark / (width * height);
      },
      [png.toString('base64'), layout.qr] as const,
    );
    expect(darkShare).toBeGreaterThan(0.12);
    expect(darkShare).toBeLessThan(0.7);
    await page.close();
  });

  it('frames the exported map on the picked zone: its bounds hold the zone and are at most 4 times its extent', async () => {
    const page = await openApp('?plans=sz-services-2021&zone=snd-tech-ecology');
    // The user has zoomed out to all of Suzhou, where the zone is a small part of the view.
    await page.evaluate((bounds) => window.__suzhouMap!.fitBounds(bounds, { duration: 0 }), suzhouBounds);
    await waitForMapIdle(page);
    const before = await page.evaluate(() => window.__suzhouMap!.getBounds().toArray().flat());
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-image').click()]);
    writeFileSync('test-artifacts/export-zone.png', readFileSync((await download.path())!));
    const bounds = () => page.getByTestId('export-image').getAttribute('data-exported-bounds');
    await expect.poll(bounds).not.toBeNull();
    const [west, south, east, north] = (await bounds())!.split(',').map(Number);
    const [zw, zs, ze, zn] = zoneBbox('snd-tech-ecology');
    expect(west).toBeLessThanOrEqual(zw);
    expect(south).toBeLessThanOrEqual(zs);
    expect(east).toBeGreaterThanOrEqual(ze);
    expect(north).toBeGreaterThanOrEqual(zn);
    expect((east! - west!) / (ze - zw)).toBeLessThanOrEqual(4);
    expect((north! - south!) / (zn - zs)).toBeLessThanOrEqual(4);
    // The user's own view comes back afterwards.
    const after = await page.evaluate(() => window.__suzhouMap!.getBounds().toArray().flat());
    after.forEach((value, i) => expect(value).toBeCloseTo(before[i]!, 4));
    await page.close();
  });
});
