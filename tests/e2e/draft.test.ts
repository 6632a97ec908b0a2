import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from './support/browser';
import { artifacts, useHarness } from './support/harness';
import { tempCopy } from '../data/support/temp-copy';

const harness = useHarness();
/** The software-rendered map on a busy machine can take a while. */
const poll = { timeout: 15_000 };

/** A square a few km across in 吴中区 (郭巷), well inside Suzhou and clear of the panels. */
const square = [
  [120.62, 31.24],
  [120.68, 31.24],
  [120.68, 31.28],
  [120.62, 31.28],
];

async function clickMapAt(page: Page, [lng, lat]: number[]): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForTimeout(150);
}

const zones = (page: Page) => page.locator('.draft-zone');

describe('draft mode', () => {
  it('draws a polygon clicked on the canvas, assigns an industry, undoes, redoes, keeps it over a reload, shows it in the lens and the matrix as a draft, and exports files that build', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1600, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${harness.url}?mode=draft&view=120.65,31.26,11`);
    await waitForMapIdle(page);
    await page.locator('.draft-panel').waitFor();
    // terra-draw is loaded on demand; the polygon tool is on once it is.
    await expect.poll(() => page.locator('.maplibregl-canvas').getAttribute('style'), poll).toMatch(/cursor: crosshair/);

    for (const corner of square) await clickMapAt(page, corner);
    await clickMapAt(page, square[0]!);
    await expect.poll(() => zones(page).count(), poll).toBe(1);
    await expect.poll(() => zones(page).first().locator('.draft-zone__name').textContent(), poll).toBe('草稿区域 1');
    const drawn = () =>
      page.evaluate(() => window.__suzhouMap!.queryRenderedFeatures().filter((f) => f.source.startsWith('draft')).map((f) => f.geometry.type));
    await expect.poll(drawn, poll).toContain('Polygon');
    // Drawing is not picking: no zone card opened under the clicks.
    expect(await page.getByTestId('zone-card').count()).toBe(0);

    await zones(page).first().getByLabel('添加产业').selectOption({ label: '会展经济' });
    await expect.poll(() => zones(page).first().locator('.draft-zone__industries .draft-zone__chip').allTextContents(), poll).toEqual(['会展经济×']);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => zones(page).first().locator('.draft-zone__industries .draft-zone__chip').count(), poll).toBe(0);
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => zones(page).first().locator('.draft-zone__industries .draft-zone__chip').count(), poll).toBe(1);

    await page.getByRole('checkbox', { name: /一环两轴四带/ }).uncheck();
    await waitForMapIdle(page);
    await page.screenshot({ path: join(artifacts, 'draft-mode.png') });
    // After a reload the draft is still there, and the industry lens finds it under 草稿, with no sources.
    await page.goto(`${harness.url}?mode=draft&industry=convention-and-exhibition`);
    await waitForMapIdle(page);
    const lens = page.getByTestId('lens-detail');
    await expect.poll(() => lens.getByText('草稿区域 1').count(), poll).toBeGreaterThan(0);
    expect(await lens.getByText('草稿', { exact: true }).count()).toBeGreaterThan(0);
    // Its card says what the planner gave it, and cites nothing.
    await lens.getByText('草稿区域 1').first().click();
    const card = page.getByTestId('zone-card');
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent(), poll).toBe('草稿区域 1');
    expect(await card.getByText('会展经济').count()).toBeGreaterThan(0);
    // Picked, it is open in the draft panel too, with the industry kept over the reload.
    await expect.poll(() => zones(page).first().locator('.draft-zone__industries .draft-zone__chip').allTextContents(), poll).toEqual(['会展经济×']);
    await page.screenshot({ path: join(artifacts, 'draft-card.png') });
    // Once its lists are in (they come in the frame after the card's head).
    await expect.poll(() => card.getAttribute('aria-busy'), poll).toBeNull();
    expect(await card.getByRole('heading', { name: '出处' }).count()).toBe(0);
    expect(await card.textContent()).toContain('草稿，未经规划，无出处');
    await page.getByRole('tab', { name: '矩阵' }).click();
    const matrix = page.getByTestId('matrix-panel');
    await expect.poll(() => matrix.getByText('草稿区域 1').count(), poll).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'draft-matrix.png') });
    await page.getByRole('tab', { name: '区域' }).click();

    await page.getByLabel('草稿所属规划').selectOption('wz-services-2021');
    const downloads: { name: string; text: string }[] = [];
    page.on('download', async (download) => {
      const path = await download.path();
      downloads.push({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') });
    });
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    await expect.poll(() => downloads.length, poll).toBe(3);
    await page.close();

    // Each file goes where its path in the project says: the plan supplement beside the plans, the rest beside the recipes.
    const copy = tempCopy();
    expect(downloads.map((d) => d.name).sort()).toEqual(['wz-services-2021-draft-shapes.yaml', 'wz-services-2021-draft.geojson', 'wz-services-2021-draft.yaml']);
    for (const { name, text } of downloads) {
      writeFileSync(join(copy.dir, name === 'wz-services-2021-draft.yaml' ? 'data/plans' : 'data/plans/shapes', name), text);
    }
    copy.run('data');
    const catalog = JSON.parse(readFileSync(join(copy.dir, 'public/data/catalog.json'), 'utf8'));
    expect(catalog.zones.find((z: { id: string }) => z.id === 'wz-services-2021-draft-zone-1')).toMatchObject({
      industryIds: ['convention-and-exhibition'],
    });
  }, 240_000);
});
