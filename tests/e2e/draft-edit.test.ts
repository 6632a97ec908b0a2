import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { waitForMapIdle } from './support/browser';
import { artifacts, useHarness } from './support/harness';
import { labelPointOf } from './support/map-points';

const harness = useHarness();
/** The software-rendered map on a busy machine can take a while. */
const poll = { timeout: 15_000 };
const east = labelPointOf('wz-east');
const link = `?mode=draft&plans=wz-services-2021&view=120.72,31.2,10.4`;

async function screenPoint(page: Page, [lng, lat]: number[]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

async function clickMapAt(page: Page, at: number[]): Promise<void> {
  const { x, y } = await screenPoint(page, at);
  await page.mouse.click(x, y);
  await page.waitForTimeout(150);
}

/** The draft as saved in the browser. */
const saved = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('suzhou-plan-map:draft') ?? '[]')) as Promise<
    { id: string; editOf?: string; reshaped?: boolean; industryIds: string[]; carrierIds: string[]; geometry?: { type: string; coordinates: number[][][] } }[]
  >;
const draftShapes = (page: Page) =>
  page.evaluate(() => window.__suzhouMap!.queryRenderedFeatures().filter((f) => f.source === 'draft-polygon').length);

describe('draft mode: editing a zone of a plan', () => {
  it('takes a zone picked on the canvas into the draft, reshapes, renames and reassigns it as a draft beside the plan’s own, and keeps it over a reload', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1600, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${harness.url}${link}`);
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.maplibregl-canvas').getAttribute('style'), poll).toMatch(/cursor: crosshair/);

    // Pick the plan's 东部片区 on the canvas with the select tool, and take it into the draft.
    await page.getByRole('button', { name: '选择与调整' }).click();
    await clickMapAt(page, east);
    const card = page.getByTestId('zone-card');
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent(), poll).toBe('东部片区');
    await page.getByRole('button', { name: '在草稿中修改' }).click();
    const item = page.locator('.draft-zone[data-draft-zone="draft-wz-east"]');
    await expect.poll(() => item.locator('.draft-zone__of').textContent(), poll).toBe('修改自 东部片区');
    // Its card is the draft's: marked, nothing changed yet, and no sources.
    await expect.poll(() => card.getByTestId('draft-changes').textContent(), poll).toContain('尚未改动');
    // Once its lists are in (they come in the frame after the card's head).
    await expect.poll(() => card.getAttribute('aria-busy'), poll).toBeNull();
    expect(await card.getByRole('heading', { name: '出处', exact: true }).count()).toBe(0);
    await expect.poll(() => draftShapes(page), poll).toBeGreaterThan(0);

    // Reshape: select the shape on the canvas and drag its southernmost vertex 4 km further south.
    await clickMapAt(page, east);
    const southernmost = (ring: number[][]) => ring.reduce((a, b) => (b[1]! < a[1]! ? b : a));
    const vertex = southernmost((await saved(page))[0]!.geometry!.coordinates[0]!);
    const from = await screenPoint(page, vertex);
    const to = await screenPoint(page, [vertex[0]!, vertex[1]! - 0.04]);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(from.x, from.y + ((to.y - from.y) * step) / 5, { steps: 2 });
    await page.mouse.up();
    await expect.poll(async () => (await saved(page))[0]!.reshaped, poll).toBe(true);
    expect(southernmost((await saved(page))[0]!.geometry!.coordinates[0]!)[1]).toBeLessThan(vertex[1]! - 0.02);

    // Rename it, swap an industry and move a carrier in.
    await item.getByLabel('名称（中文）').fill('东部片区（调整）');
    await item.getByLabel('名称（中文）').press('Enter');
    await item.getByRole('button', { name: '移除产业: 现代物流' }).click();
    await item.getByLabel('添加产业').selectOption({ label: '会展经济' });
    await item.getByLabel('添加载体').selectOption({ label: '金庭镇' });
    const changes = card.getByTestId('draft-changes');
    await expect.poll(() => changes.textContent(), poll).toContain('新增载体: 金庭镇');
    expect(await changes.textContent()).toContain('名称改为: 东部片区（调整）');
    expect(await changes.textContent()).toContain('新增产业: 会展经济');
    expect(await changes.textContent()).toContain('移除产业: 现代物流');
    expect(await changes.textContent()).toContain('边界已调整');
    // Once its lists are in (they come in the frame after the card's head).
    await expect.poll(() => card.getAttribute('aria-busy'), poll).toBeNull();
    expect(await card.getByRole('heading', { name: '出处', exact: true }).count()).toBe(0);
    // The moved-in carrier is listed without the sources that place it elsewhere.
    expect(await card.locator('.carrier', { hasText: '金庭镇' }).locator('.carrier__sources').count()).toBe(0);

    // Undo takes the carrier out again, redo brings it back.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => changes.textContent(), poll).not.toContain('金庭镇');
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => changes.textContent(), poll).toContain('新增载体: 金庭镇');
    await page.screenshot({ path: join(artifacts, 'draft-edit.png') });

    // The plan's own zone is untouched, with its sources.
    await changes.getByRole('button', { name: '查看规划原区域及出处' }).click();
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent(), poll).toBe('东部片区');
    // The card's lists (sources among them) come in the frame after its head.
    await expect.poll(() => card.getByRole('heading', { name: '出处', exact: true }).count(), poll).toBe(1);
    expect(await card.getByText('现代物流').count()).toBeGreaterThan(0);
    expect(await card.getByTestId('draft-changes').count()).toBe(0);

    // A link to the edit opens it after a reload, once the saved draft is back.
    await page.goto(`${harness.url}${link}&zone=draft-wz-east`);
    await waitForMapIdle(page);
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent(), poll).toBe('东部片区（调整）');
    await expect.poll(() => card.getByTestId('draft-changes').textContent(), poll).toContain('新增产业: 会展经济');
    await expect.poll(() => draftShapes(page), poll).toBeGreaterThan(0);
    // The drafted fill lies under the base map's rivers and borders, which stay readable through it.
    const order = await page.evaluate(() => window.__suzhouMap!.getStyle().layers.map((layer) => layer.id));
    expect(order.indexOf('draft-polygon')).toBeLessThan(order.indexOf('base-rivers'));
    expect(order.indexOf('draft-polygon')).toBeLessThan(order.indexOf('base-district-border'));
    expect(order.indexOf('draft-polygon-outline')).toBeGreaterThan(order.indexOf('base-district-border'));
    expect(await axeViolations(page)).toEqual([]);

    // The lens and the matrix mark the edit's own row and cells as the draft's.
    await page.goto(`${harness.url}${link}&industry=convention-and-exhibition`);
    await waitForMapIdle(page);
    const lens = page.getByTestId('lens-detail');
    const lensRow = lens.locator('.lens-result', { hasText: '东部片区（调整）' });
    await expect.poll(() => lensRow.locator('.badge--draft').textContent(), poll).toBe('草稿');
    expect(await lensRow.textContent()).toContain('草稿指定');
    await page.getByRole('tab', { name: '矩阵' }).click();
    const row = page.getByTestId('matrix-panel').locator('tr', { hasText: '东部片区（调整）' });
    await expect.poll(() => row.locator('th .badge--draft').textContent(), poll).toBe('草稿');
    const cells = row.locator('td.matrix__cell--draft');
    expect(await cells.count()).toBeGreaterThan(0);
    expect(await cells.first().locator('.badge--draft').count()).toBe(1);
    // The plan's own row beside it carries no badge.
    const planRow = page.getByTestId('matrix-panel').locator('tr', { hasText: /^东部片区(?!（)/ });
    expect(await planRow.locator('.badge--draft').count()).toBe(0);

    // A link to a draft zone the saved draft does not have gets the usual notice.
    await page.goto(`${harness.url}${link}&zone=draft-zone-99`);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByText(/draft-zone-99/).count(), poll).toBeGreaterThan(0);

    // The export is the plan's supplement with the edit, and the recipe that redraws its shape.
    const downloads: { name: string; text: string }[] = [];
    page.on('download', async (download) => downloads.push({ name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') }));
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    await expect.poll(() => downloads.length, poll).toBe(3);
    const supplement = downloads.find((d) => d.name === 'wz-services-2021-draft.yaml')!.text;
    expect(supplement).toMatch(/zoneEdits:\n {2}- id: wz-east\n {4}name: \{ zh: "东部片区（调整）"/);
    expect(supplement).toContain('wz-jinting-town');
    expect(downloads.find((d) => d.name === 'wz-services-2021-draft-shapes.yaml')!.text).toContain('redraws: [wz-east]');
    await page.close();
  }, 240_000);
});
