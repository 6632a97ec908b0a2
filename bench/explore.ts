import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import type { Row } from './lib/report';
import type { Scenario, ScenarioResult } from './lib/scenario';
import { summarize } from './lib/stats';

/**
 * The planner's two questions, timed in the page's own clock:
 * - click → card painted: mousedown on the canvas → the zone card shows the clicked zone's name, one frame later;
 * - industry lens → map updated: mousedown on an industry → the map's next `idle` with the new highlight drawn.
 * Each click picks a different zone (or industry) than the last, so every sample does the whole work.
 */
const viewport = { width: 1920, height: 1080 };
const defaultClicks = 40;
const defaultLensPicks = 30;

interface ZoneTarget {
  id: string;
  name: string;
  point: [number, number];
}

function zoneTargets(): ZoneTarget[] {
  const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
  const labels = JSON.parse(readFileSync('public/geojson/zone-labels.geojson', 'utf8'));
  return ['wz-east', 'wz-central', 'wz-west'].map((id) => ({
    id,
    name: catalog.zones.find((z: { id: string }) => z.id === id).name.zh,
    point: labels.features.find((f: { properties: { id: string } }) => f.properties.id === id).geometry.coordinates,
  }));
}

/** Records the time of the next mousedown anywhere in the page, before the app sees it. */
const armClock = (page: Page) =>
  page.evaluate(`window.__pressedAt = undefined;
    addEventListener('mousedown', () => { window.__pressedAt = performance.now(); }, { once: true, capture: true });`);
const pressedAt = (page: Page) => page.evaluate('window.__pressedAt') as Promise<number>;
const nextIdle = (page: Page) =>
  page.evaluate(`new Promise((resolve) => window.__suzhouMap.once('idle', () => resolve(performance.now())))`) as Promise<number>;

/**
 * Resolves one frame after the zone card shows the name. A string, because tsx would wrap the closures of a
 * serialised function in a `__name` helper that does not exist in the page.
 */
const cardPaintedScript = (name: string) => `new Promise((resolve, reject) => {
  const name = ${JSON.stringify(name)};
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (document.querySelector('[data-testid="zone-card"] h2')?.textContent !== name) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve({ inDom, painted: performance.now() })));
  };
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  check();
  setTimeout(() => reject(new Error('the zone card did not show ' + name + ' within 10 s')), 10000);
})`;

interface ClickSample {
  /** mousedown → the card's title in the DOM (the app's own work). */
  inDomMs: number;
  /** mousedown → the frame after it painted (includes drawing the map's highlight). */
  paintedMs: number;
}

async function clickToCard(page: Page, target: ZoneTarget): Promise<ClickSample> {
  const at = await page.evaluate(([lng, lat]) => window.__suzhouMap!.project([lng!, lat!]), target.point);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await armClock(page);
  const painted = page.evaluate(cardPaintedScript(target.name)) as Promise<{ inDom: number; painted: number }>;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  const times = await painted;
  const pressed = await pressedAt(page);
  return { inDomMs: times.inDom - pressed, paintedMs: times.painted - pressed };
}

async function lensToMap(page: Page, chipIndex: number): Promise<number> {
  const chip = page.locator('.lens-list .chips button').nth(chipIndex);
  await armClock(page);
  const idle = nextIdle(page);
  await chip.click();
  const ms = (await idle) - (await pressedAt(page));
  const cleared = nextIdle(page);
  await page.locator('.lens-detail__clear').click();
  await cleared;
  return ms;
}

export const exploreScenario: Scenario = {
  name: 'explore',
  description: 'click → zone card painted, and industry lens → map updated (median, p95)',
  async run(env, options): Promise<ScenarioResult> {
    const clicks = Math.max(30, options.runs ?? defaultClicks);
    const picks = Math.max(20, options.runs ?? defaultLensPicks);
    const browser = await launchBenchBrowser();
    try {
      const cold = await openColdPage(browser, viewport, ['zone-labels']);
      // Two district plans that do not overlap, so each click opens one card (overlaps open a picker instead).
      await cold.page.goto(`${env.appUrl}?plans=wz-services-2021,snd-2021&view=120.5,31.2,9.4`);
      await waitForMapReady(cold);
      const targets = zoneTargets();
      const clickSamples: ClickSample[] = [];
      for (let i = 0; i < clicks; i++) clickSamples.push(await clickToCard(cold.page, targets[i % targets.length]!));

      await cold.page.getByRole('tab', { name: '产业' }).click();
      const chipCount = await cold.page.locator('.lens-list .chips button').count();
      const lensMs: number[] = [];
      for (let i = 0; i < picks; i++) lensMs.push(await lensToMap(cold.page, i % Math.min(chipCount, 12)));
      await cold.close();

      const inDom = summarize(clickSamples.map((c) => c.inDomMs));
      const click = summarize(clickSamples.map((c) => c.paintedMs));
      const lens = summarize(lensMs);
      const rows: Row[] = [
        { metric: `click → card in the DOM, median of ${clicks}`, unit: 'ms', app: inDom.median },
        { metric: 'click → card in the DOM, p95', unit: 'ms', app: inDom.p95 },
        { metric: `click → card painted, median of ${clicks}`, unit: 'ms', app: click.median, target: '≤ 50', ok: click.median <= 50 },
        { metric: 'click → card painted, p95', unit: 'ms', app: click.p95, target: '≤ 100', ok: click.p95 <= 100 },
        { metric: `industry lens → map idle, median of ${picks}`, unit: 'ms', app: lens.median },
        { metric: 'industry lens → map idle, p95', unit: 'ms', app: lens.p95 },
      ];
      return { title: 'explore: interaction latency at 1920×1080, two plans visible', rows, warnings: [], details: { clickSamples, lensMs, inDom, click, lens } };
    } finally {
      await browser.close();
    }
  },
};
