import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { artifacts, useHarness } from './support/harness';
import { layoutProblems } from './support/phone-layout';

const harness = useHarness();
const poll = { timeout: 15_000 };
/** A triangle in 吴中区 (郭巷), clear of the draft's bar and the sheet at this view. */
const triangle = [
  [120.62, 31.24],
  [120.68, 31.24],
  [120.65, 31.29],
];

async function tapMapAt(page: Page, [lng, lat]: number[]): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.touchscreen.tap(box.x + point.x, box.y + point.y);
  await page.waitForTimeout(200);
}

const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox().then((b) => b!);
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('draft mode on a 390×844 phone', () => {
  it('is a bar of thumb-sized tools over the map, draws with taps, and opens the zone’s fields under the bar without covering the sheet', async () => {
    const page = await harness.openApp('?mode=draft&view=120.65,31.26,11', { width: 390, height: 844 }, 'phone');
    const bar = page.locator('.draft-panel__bar');
    await bar.waitFor();
    await expect.poll(() => page.locator('.maplibregl-canvas').getAttribute('style'), poll).toMatch(/cursor: crosshair/);
    // Collapsed: the tools and undo/redo in one row, the layers button and the scale below it, the sheet free.
    expect(await layoutProblems(page)).toEqual([]);
    const barBox = await box(page, '.draft-panel');
    expect(barBox.height).toBeLessThan(80);
    expect(overlap(barBox, await box(page, '.layers-button'))).toBe(false);
    expect(overlap(barBox, await box(page, '.maplibregl-ctrl-scale'))).toBe(false);
    expect(await page.getByRole('button', { name: '画区域' }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/draft-phone-bar.png` });

    // Tap a triangle onto the map; it closes on its first point and opens its fields under the bar.
    for (const corner of triangle) await tapMapAt(page, corner);
    await tapMapAt(page, triangle[0]!);
    const zone = page.locator('.draft-zone').first();
    await expect.poll(() => zone.locator('.draft-zone__name').textContent(), poll).toBe('草稿区域 1');
    expect(await page.locator('.draft-panel__toggle').getAttribute('aria-expanded')).toBe('true');
    await zone.getByLabel('添加产业').selectOption({ label: '会展经济' });
    await expect.poll(() => zone.locator('.draft-zone__chip').allTextContents(), poll).toEqual(['会展经济×']);
    expect(await layoutProblems(page)).toEqual([]);
    const panel = await box(page, '.draft-panel');
    const sheetHead = await box(page, '[data-testid="sheet-head"]');
    expect(panel.y + panel.height).toBeLessThanOrEqual(sheetHead.y);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/draft-phone-panel.png` });

    // Folded away again, the drawn zone is on the map for the next tap.
    await page.locator('.draft-panel__toggle').tap();
    await expect.poll(() => page.locator('.draft-panel__body').isVisible(), poll).toBe(false);
    const drawn = () => page.evaluate(() => window.__suzhouMap!.queryRenderedFeatures().filter((f) => f.source === 'draft-polygon').length);
    await expect.poll(drawn, poll).toBeGreaterThan(0);
    await page.close();
  }, 180_000);

  it('fits in English too, and the phone menu offers draft mode outside it', async () => {
    const page = await harness.openApp('?mode=draft&lang=en', { width: 390, height: 844 }, 'phone');
    await page.locator('.draft-panel__bar').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await page.locator('.draft-panel__toggle').tap();
    expect(await layoutProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${harness.url}?lang=en`);
    await page.getByTestId('menu-open').tap();
    expect(await page.getByTestId('phone-menu').getByRole('link', { name: 'Draft' }).getAttribute('href')).toBe('?mode=draft');
    await page.close();
  }, 120_000);
});
