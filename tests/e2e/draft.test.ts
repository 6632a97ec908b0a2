import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from './support/browser';
import { artifacts, useHarness } from './support/harness';
import { tempCopy } from '../data/support/temp-copy';

const harness = useHarness();

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
  it('draws a polygon clicked on the canvas, assigns an industry, undoes, redoes, keeps it over a reload and exports files that build', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1600, height: 1000 }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${harness.url}?mode=draft&view=120.65,31.26,11`);
    await waitForMapIdle(page);
    await page.locator('.draft-panel').waitFor();
    // terra-draw is loaded on demand; the polygon tool is on once it is.
    await expect.poll(() => page.locator('.maplibregl-canvas').getAttribute('style')).toMatch(/cursor: crosshair/);

    for (const corner of square) await clickMapAt(page, corner);
    await clickMapAt(page, square[0]!);
    await expect.poll(() => zones(page).count()).toBe(1);
    await expect.poll(() => zones(page).first().locator('.draft-zone__name').textContent()).toBe('草稿区域 1');
    const drawn = await page.evaluate(() =>
      window.__suzhouMap!.queryRenderedFeatures().filter((f) => f.source.startsWith('draft')).map((f) => f.geometry.type),
    );
    expect(drawn).toContain('Polygon');
    // Drawing is not picking: no zone card opened under the clicks.
    expect(await page.getByTestId('zone-card').count()).toBe(0);

    await zones(page).first().getByLabel('添加产业').selectOption({ label: '会展经济' });
    await expect.poll(() => zones(page).first().locator('.draft-zone__industry').allTextContents()).toEqual(['会展经济×']);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => zones(page).first().locator('.draft-zone__industry').count()).toBe(0);
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(() => zones(page).first().locator('.draft-zone__industry').count()).toBe(1);

    await page.getByRole('checkbox', { name: /一环两轴四带/ }).uncheck();
    await waitForMapIdle(page);
    await page.screenshot({ path: join(artifacts, 'draft-mode.png') });
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => zones(page).first().locator('.draft-zone__industry').allTextContents()).toEqual(['会展经济×']);

    await page.getByLabel('草稿所属规划').selectOption('wz-services-2021');
    const downloads: { name: string; text: string }[] = [];
    page.on('download', async (download) => {
      const path = await download.path();
      downloads.push({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') });
    });
    await page.getByRole('button', { name: '导出草稿文件' }).click();
    await expect.poll(() => downloads.length).toBe(3);
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
