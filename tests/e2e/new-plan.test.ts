import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForMapIdle } from './support/browser';
import { useHarness } from './support/harness';
import { examplePlan, fillExamplePlan } from '../data/support/example-plan';
import { tempCopy } from '../data/support/temp-copy';

const harness = useHarness();
/** The software-rendered map on a busy machine can take a while. */
const poll = { timeout: 15_000 };

/**
 * A plan added the planner's way — `npm run plan:new`, the TODOs filled, `npm run data` — in a throwaway copy,
 * then served to the app in place of the committed data files, drawn, and clicked on the canvas.
 */
const copy = tempCopy();
const built = (path: string) => join(copy.dir, 'public', path);

beforeAll(() => {
  copy.run('plan:new', examplePlan.id);
  fillExamplePlan(join(copy.dir, 'data'));
  copy.run('data');
}, 240_000);

/** The app's data and plan files come from the copy's build. */
async function serveCopy(page: Page): Promise<void> {
  await page.route(/\/(data|geojson)\/.+\.(geo)?json(\?.*)?$/, async (route: Route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/(data|geojson)\//, '$1/');
    if (!existsSync(built(path))) return route.continue();
    return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(built(path), 'utf8') });
  });
}

describe('a plan added with plan:new', () => {
  it('is listed, drawn, and opens its card when clicked on the canvas', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await serveCopy(page);
    await page.goto(`${harness.url}?plans=${examplePlan.id}`);
    await waitForMapIdle(page);

    // The layer panel lists the plan by its pattern, ticked.
    await expect.poll(() => page.getByRole('checkbox', { name: new RegExp(examplePlan.pattern) }).isChecked(), poll).toBe(true);
    const drawn = await page.evaluate(() => window.__suzhouMap!.queryRenderedFeatures().map((f) => String(f.properties?.id)));
    expect(drawn).toEqual(expect.arrayContaining([examplePlan.county.id, examplePlan.park.id]));

    // The park lies in the county: a click on it lists both, and the county's entry opens its card.
    const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [...examplePlan.park.at]);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const choices = page.getByRole('button', { name: new RegExp(examplePlan.pattern) });
    await expect.poll(() => choices.allTextContents(), poll).toEqual([
      expect.stringContaining(examplePlan.park.name),
      expect.stringContaining(examplePlan.county.name),
    ]);
    await choices.filter({ hasText: examplePlan.county.name }).click();
    const card = page.getByTestId('zone-card');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(examplePlan.county.name);
    await expect.poll(() => card.getByText('会展经济').first().isVisible(), poll).toBe(true);
    await page.close();
  });
});
