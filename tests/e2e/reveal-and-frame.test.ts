import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { suzhouBounds } from '../../src/config/view';
import { watchPage } from './support/browser';
import { boxOf, settle, zoneOnScreen } from './support/framing';
import { zoneFlags, zoneRendered } from './support/plans-drawn';
import { useHarness } from './support/harness';

const harness = useHarness();

const zone = { id: 'snd-tech-ecology', planId: 'snd-2021', name: '科技生态功能区' };
const planToggle = (page: Page, pattern: string) => page.getByTestId('layer-panel').getByRole('checkbox', { name: new RegExp(pattern) });

/** Back to all of Suzhou with nothing picked, as a new visitor would start. */
async function startOver(page: Page) {
  // Escape clears what is picked (from a text field it would only empty the field).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await page.evaluate((bounds) => window.__suzhouMap!.fitBounds(bounds, { duration: 0 }), suzhouBounds);
  await settle(page);
}

/** The zone's plan is drawn, the zone rendered, wholly inside the map and clear of the layer panel. */
async function expectShownAndFramed(page: Page, how: string) {
  await settle(page);
  expect(await zoneRendered(page, zone.planId, zone.id), how).toEqual({ visible: true, rendered: true });
  const onScreen = await zoneOnScreen(page, zone.id);
  const map = await boxOf(page, '.maplibregl-canvas');
  const layers = await boxOf(page, '[data-testid="layer-panel"]');
  expect(onScreen.left, how).toBeGreaterThanOrEqual(Math.max(map.left, layers.right) - 1);
  expect(onScreen.right, how).toBeLessThanOrEqual(map.right + 1);
  expect(onScreen.top, how).toBeGreaterThanOrEqual(map.top - 1);
  expect(onScreen.bottom, how).toBeLessThanOrEqual(map.bottom + 1);
  // Framed, not a speck: the zone spans a good part of the map's width or height.
  expect(Math.max((onScreen.right - onScreen.left) / (map.right - map.left), (onScreen.bottom - onScreen.top) / (map.bottom - map.top)), how).toBeGreaterThan(0.4);
  // The layer panel shows the plan on, and says why, while the user's own choice is untouched.
  expect(await planToggle(page, '三区多园').isChecked(), how).toBe(true);
  expect(await page.getByTestId('layer-revealed').textContent(), how).toMatch(/因所选区域/);
  expect(new URL(page.url()).searchParams.get('plans'), how).toBe('sz-services-2021');
}

describe('a picked zone is shown and framed', () => {
  it('from search, a lens row, the index and a matrix cell, with only the city plan on; clearing gives the layers back', async () => {
    const page = await harness.openApp('?plans=sz-services-2021');
    const watch = watchPage(page, new URL(harness.url).origin);
    expect(await planToggle(page, '三区多园').isChecked()).toBe(false);

    await page.getByRole('combobox', { name: '搜索' }).fill('科技生态');
    await page.getByRole('option', { name: new RegExp(zone.name) }).first().click();
    await expectShownAndFramed(page, 'search');

    await startOver(page);
    expect(await planToggle(page, '三区多园').isChecked()).toBe(false);
    expect(await page.getByTestId('layer-revealed').count()).toBe(0);
    expect(await zoneRendered(page, zone.planId, zone.id)).toEqual({ visible: false, rendered: false });

    await page.getByRole('tab', { name: '产业' }).click();
    await page.getByLabel('筛选产业').fill('医疗器械');
    await page.getByRole('button', { name: /^医疗器械/ }).click();
    await settle(page);
    const lensRow = page.getByTestId('lens-detail').locator('.lens-result').filter({ has: page.getByText(zone.name, { exact: true }) });
    await lensRow.first().click();
    await expectShownAndFramed(page, 'lens row');
    await page.getByRole('tab', { name: '产业' }).click();
    await page.getByRole('button', { name: '清除' }).click();

    await startOver(page);
    await page.getByRole('tab', { name: '目录' }).click();
    await page.getByTestId('zone-index').getByRole('button', { name: `片区 ${zone.name}` }).click();
    await expectShownAndFramed(page, 'index');

    await startOver(page);
    await page.getByRole('tab', { name: '矩阵' }).click();
    await page.getByRole('button', { name: new RegExp(`^${zone.name} · 生产性服务业`) }).click();
    expect(await page.getByTestId('zone-card').getByRole('heading', { level: 2 }).textContent()).toBe(zone.name);
    await expectShownAndFramed(page, 'matrix cell');

    await startOver(page);
    expect(await planToggle(page, '三区多园').isChecked()).toBe(false);
    expect(await planToggle(page, '一环两轴四带').isChecked()).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('opens a comparison at its top, with A and B outlined in their own colours on the map', async () => {
    const page = await harness.openApp('?plans=wz-services-2021&zone=wz-east');
    const body = page.locator('.side-panel__body');
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.getByRole('button', { name: '加入对比' }).click();
    await page.getByRole('tab', { name: '目录' }).click();
    await page.getByTestId('zone-index').getByRole('button', { name: '片区 西部片区' }).click();
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.getByRole('button', { name: '加入对比' }).click();
    await settle(page);
    const heading = await boxOf(page, '#compare-title');
    const panel = await boxOf(page, '.side-panel__body');
    expect(heading.top).toBeGreaterThanOrEqual(panel.top);
    expect(heading.bottom).toBeLessThanOrEqual(panel.bottom);
    expect(await page.getByTestId('compare-panel').getByRole('button', { name: 'A: 东部片区' }).isVisible()).toBe(true);
    const states = await Promise.all(['wz-east', 'wz-west'].map((id) => zoneFlags(page, id)));
    expect(states.map((s) => [Boolean(s.compareA), Boolean(s.compareB)])).toEqual([
      [true, false],
      [false, true],
    ]);
    const letters = await page.locator('.compare-head .compare-letter').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(letters).size).toBe(2);
    for (const id of ['wz-east', 'wz-west']) expect((await zoneRendered(page, 'wz-services-2021', id)).rendered).toBe(true);
    await page.close();
  });
});
