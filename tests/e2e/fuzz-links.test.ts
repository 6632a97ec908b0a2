import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/catalog-schema';
import { fuzzSeed, queryArbitrary } from '../../src/test/fuzz-queries';
import { waitForMapIdle } from './support/browser';
import { useHarness } from './support/harness';
import { labelPointOf } from './support/map-points';

const harness = useHarness();

const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
const tours = JSON.parse(readFileSync('public/data/tours.json', 'utf8')) as { id: string }[];
const links = fc.sample(
  queryArbitrary({
    plans: catalog.plans.map((p) => p.id),
    zones: catalog.zones.map((z) => z.id),
    industries: catalog.industries.map((i) => i.id),
    families: catalog.families.map((f) => f.id),
    tours: tours.map((t) => t.id),
  }),
  { seed: fuzzSeed, numRuns: 60 },
);

/** A drawn query as the part of a URL after the site root: `?…` or `#…` as drawn, anything else as a query. */
const afterRoot = (link: string) => (link.startsWith('?') || link.startsWith('#') ? link : `?${link}`);

/**
 * Follows a link inside the page, as back and forward do: the URL changes and the app reads it again.
 * Quicker than loading the page 60 times, and it is the path where a bad link meets a running app.
 */
async function followInPage(page: Page, query: string): Promise<void> {
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, `/${afterRoot(query)}`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The app still does its job: the map draws and settles, and a zone clicked on the canvas opens its card. */
async function expectUsable(page: Page, after: string): Promise<void> {
  expect(await page.locator('.fatal').count(), `error screen after ${after}`).toBe(0);
  await followInPage(page, '?plans=wz-services-2021');
  await waitForMapIdle(page);
  const [lng, lat] = labelPointOf('wz-east');
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const card = page.getByTestId('zone-card');
  await card.waitFor({ timeout: 10_000 });
  expect(await card.getByRole('heading', { level: 2 }).textContent(), `zone card after ${after}`).toBe('东部片区');
}

describe('random links', () => {
  it(`leaves the app usable through ${links.length} seeded random links followed in one page`, { timeout: 300_000 }, async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${error.message} (link ${page.url().slice(0, 200)})`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (link ${page.url().slice(0, 200)})`);
    });
    for (const [i, link] of links.entries()) {
      // A few are opened as a fresh load, the path a scanned QR code takes; a kiosk link is followed in the
      // page instead, since a kiosk launch starts its own attract loop (the kiosk tests cover it).
      const fresh = i % 20 === 0 && !/mode=kiosk/i.test(link);
      if (fresh) {
        await page.goto(`${harness.url}${afterRoot(link)}`);
        await waitForMapIdle(page);
      } else await followInPage(page, link);
      if (i % 10 === 9) await expectUsable(page, `link ${i}: ${link.slice(0, 120)}`);
    }
    await expectUsable(page, 'the last link');
    expect(errors).toEqual([]);
    await page.close();
  });
});
