import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/config/content-security-policy';
import { defaultVisiblePlanIds } from '../../src/config/view';
import { baseSourceFiles } from '../../src/map/layers/base-layers';
import { planFilePath, planLayerId } from '../../src/map/layers/plan-layers';
import { waitForMapIdle, watchPage } from './support/browser';
import { artifacts, useHarness } from './support/harness';

const harness = useHarness();

const viewports = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
];

describe.each(viewports)('the built app at $width×$height', ({ name, width, height }) => {
  it('draws the offline base map of Suzhou with no errors and no outside requests', async () => {
    const page = await harness.browser.newPage({ viewport: { width, height } });
    const origin = new URL(harness.url).origin;
    const watch = watchPage(page, origin);
    // The whole catalog is held back: the first view must stand on its own index.
    let releaseCatalog = () => {};
    const catalogHeld = new Promise<void>((resolve) => (releaseCatalog = resolve));
    await page.route('**/data/catalog.json', async (route) => {
      await catalogHeld;
      await route.continue();
    });
    await page.goto(harness.url);
    await waitForMapIdle(page);
    if (name === 'landscape') {
      // The layer panel, open beside the map, says which plan is drawn before the whole catalog is in.
      expect(await page.getByRole('checkbox', { name: /一环两轴四带/ }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: /东中西/ }).isChecked()).toBe(false);
    }
    releaseCatalog();

    const rendered = await page.evaluate(() => {
      const map = window.__suzhouMap!;
      const count = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).length;
      const names = new Set(map.queryRenderedFeatures({ layers: ['base-district-fill'] }).map((f) => f.properties.name_zh));
      return {
        districtNames: [...names].sort(),
        water: count('base-water-fill'),
        rivers: count('base-rivers'),
        labels: count('base-district-labels'),
      };
    });
    expect(rendered.districtNames).toEqual(
      ['吴中区', '吴江区', '太仓市', '姑苏区', '常熟市', '张家港市', '昆山市', '相城区', '苏州工业园区', '虎丘区'].sort(),
    );
    expect(rendered.water).toBeGreaterThan(0);
    expect(rendered.rivers).toBeGreaterThan(0);
    expect(rendered.labels).toBeGreaterThanOrEqual(8);

    expect(await page.getByRole('heading', { name: '苏州空间规划图' }).count()).toBe(1);
    expect(await page.getByText('点击地图上的区域').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifacts}/app-${name}.png` });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });
});

/**
 * Code and data the first view leaves for later: the other panels, the modes, the catalog's links and details,
 * the checks. (A plan's GeoJSON is checked before it joins the plans' one source, so that check, half a kB,
 * comes with the first view's plan.)
 */
const deferred = [
  /industry-lens-panel-.*\.js$/,
  /matrix-panel-.*\.js$/,
  /compare-panel-.*\.js$/,
  /plan-targets-panel-.*\.js$/,
  /zone-index-panel-.*\.js$/,
  /present-view-.*\.js$/,
  /export-image-.*\.js$/,
  /zone-brief-.*\.js$/,
  /load-catalog-.*\.js$/,
  /data\/catalog\.json$/,
  /data\/catalog-links\.json$/,
  /data\/plan-details\//,
  /data\/tours\.json$/,
  /data\/search-index\.json$/,
  /data\/codes\.json$/,
];
/**
 * Only a kiosk, a planner's draft or a laptop's offline cache use these; a phone never fetches them. Two small
 * chunks named after draft modules are not draft mode: `draft-catalog` (the catalog with a draft's zones, which
 * the first view reads when there are none) and `draft-badge` (the mark on a draft's rows in the lens and matrix).
 */
const notForPhones = [/kiosk-.*\.js$/, /\/draft-(?!catalog-|badge-).*\.js$/, /pwa-register-.*\.js$/, /workbox-window.*\.js$/];

/**
 * Opens the app and notes, in the page's own clock, when the first view was drawn: the map's first idle with
 * plan features in the plans' source. Returns what the page had requested by then, and afterwards.
 */
async function openAndWatchFirstView(page: Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstViewDrawnAt?: number; __suzhouMapValue?: unknown };
    Object.defineProperty(window, '__suzhouMap', {
      configurable: true,
      get: () => w.__suzhouMapValue,
      set: (map: import('maplibre-gl').Map) => {
        w.__suzhouMapValue = map;
        const onIdle = () => {
          // Drawn: the plans' one source holds the shown plans' features.
          if (!map.getSource('plans') || map.querySourceFeatures('plans').length === 0) return;
          w.__firstViewDrawnAt = performance.now();
          map.off('idle', onIdle);
        };
        map.on('idle', onIdle);
      },
    });
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstViewDrawnAt?: number }).__firstViewDrawnAt !== undefined, undefined, {
    timeout: 60_000,
  });
  const split = () =>
    page.evaluate(() => {
      const drawnAt = (window as unknown as { __firstViewDrawnAt: number }).__firstViewDrawnAt;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        before: entries.filter((e) => e.startTime < drawnAt).map((e) => e.name),
        after: entries.filter((e) => e.startTime >= drawnAt).map((e) => e.name),
      };
    });
  return { warnings, requested, split };
}

describe.each([
  { name: 'desktop', viewport: { width: 1920, height: 1080 }, phone: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, phone: true },
])('the first view on a $name', ({ viewport, phone }) => {
  it('requests nothing deferred before it is drawn, fetches the deferred code after, and uses what it preloads', async () => {
    const device = phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
    const page = await harness.browser.newPage({ viewport, ...device });
    const watch = await openAndWatchFirstView(page, harness.url);
    const { before } = await watch.split();
    expect(before.filter((url) => deferred.some((pattern) => pattern.test(url)))).toEqual([]);
    expect(before.some((url) => url.endsWith('/data/catalog-index.json'))).toBe(true);

    // Once it is drawn and the browser is idle, the panels' code comes (so the patterns above name real chunks).
    await expect
      .poll(async () => (await watch.split()).after.filter((url) => /-panel-.*\.js$/.test(url)).length, { timeout: 30_000 })
      .toBe(5);
    // A preload the page does not use is reported a few seconds after the load event; the index is fetched once.
    await page.waitForTimeout(4000);
    expect(watch.warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    expect(watch.requested.filter((url) => url.endsWith('/data/catalog-index.json'))).toHaveLength(1);
    // The search's pinyin keys wait for someone to search (the page's own requests: a laptop's offline cache
    // stores them too, from its service worker).
    expect((await watch.split()).after.filter((url) => url.endsWith('/data/search-index.json'))).toEqual([]);
    if (phone) expect(watch.requested.filter((url) => notForPhones.some((pattern) => pattern.test(url)))).toEqual([]);
    await page.close();
  });
});

describe('the first search', () => {
  it('answers a pinyin query typed as soon as the page shows the box, fetching the keys then', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(harness.url);
    const box = page.getByRole('combobox', { name: '搜索' });
    await box.waitFor();
    expect(requested.filter((url) => url.endsWith('/data/search-index.json'))).toEqual([]);
    await box.pressSequentially('jinrong');
    const family = page.getByRole('option', { name: /^产业族\s*金融/ });
    await family.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('option', { name: /^产业\s*金融服务/ }).count()).toBe(1);
    expect(await page.getByTestId('search-none').count()).toBe(0);
    expect(requested.filter((url) => url.endsWith('/data/search-index.json'))).toHaveLength(1);
    await page.close();
  });
});

/** A route answered only once the test lets it through. */
async function holdRoute(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('the map starts at once', () => {
  it('is made before the catalog’s index arrives, and fetches the shown plans while the base map still loads', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const releaseIndex = await holdRoute(page, '**/data/catalog-index.json');
    // Until the districts come, the map cannot fire its `load`.
    const releaseBase = await holdRoute(page, `**/${baseSourceFiles.districts}`);
    const planFile = planFilePath(defaultVisiblePlanIds[0]!);
    const planRequested = page.waitForRequest((request) => request.url().endsWith(planFile));
    await page.goto(harness.url);
    await page.waitForFunction(() => Boolean(window.__suzhouMap));
    releaseIndex();
    await planRequested;
    expect(await page.evaluate(() => window.__suzhouMap!.loaded())).toBe(false);
    releaseBase();

    const drawn = async () => {
      await waitForMapIdle(page);
      return page.evaluate((layer) => window.__suzhouMap!.queryRenderedFeatures({ layers: [layer] }).length, planLayerId('fill'));
    };
    await expect.poll(drawn, { timeout: 30_000 }).toBeGreaterThan(0);
    // In its place beside the panels, not the whole window it was made in.
    const [map, slot] = await Promise.all(['.plan-map', '[data-testid="map"]'].map((selector) => page.locator(selector).boundingBox()));
    expect(map).toEqual(slot);
    expect(map!.width).toBeLessThan(1920);
    await page.close();
  });
});

describe('bad input', () => {
  it('explains a missing WebGL in both languages instead of a blank page', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto(harness.url);
    await page.getByRole('alert').filter({ hasText: '无法显示地图' }).waitFor();
    expect(await page.getByText('The map cannot be shown').count()).toBe(1);
    await page.close();
  });

  it('names a malformed catalog file and keeps the base map working', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/data/catalog-links.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"version": 1, "plans": "oops"}' }),
    );
    await page.goto(harness.url);
    const notice = page.getByTestId('catalog-error');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('data/catalog-links.json');
    expect(await notice.textContent()).toContain('plans');
    await waitForMapIdle(page);
    const districts = await page.evaluate(
      () => window.__suzhouMap!.queryRenderedFeatures({ layers: ['base-district-fill'] }).length,
    );
    expect(districts).toBeGreaterThan(0);
    await page.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is in the page and in the header, and refuses injected script and inline style', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const response = await page.goto(harness.url);
    expect(response?.headers()['content-security-policy']).toBe(headerPolicy());
    await waitForMapIdle(page);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(metaPolicy());

    // What an injected fragment of a data file or a link would try: a script element, an event handler
    // attribute, a style element. (eval cannot be tried from here: code the test runs is DevTools' own.)
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as { injected?: string[] };
      w.injected = [];
      const script = document.createElement('script');
      script.textContent = 'window.injected.push("script")';
      document.body.append(script);
      // An empty image loads in some Chromium versions and fails in others: either handler is refused.
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onload="window.injected.push(\'handler\')" onerror="window.injected.push(\'handler\')">');
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { injected: w.injected, bodyDisplay: getComputedStyle(document.body).display };
    });
    expect(outcome).toEqual({ injected: [], bodyDisplay: 'block' });
    // Each is refused twice, by the <meta> and by the header. The reports come as events, then through a
    // binding to this process, and the image's refused handler only once the image has loaded or failed: a
    // busy machine may take longer than the wait above, so they are gathered until all three are in.
    const refused = new Set<string>();
    await expect
      .poll(() => {
        for (const v of harness.takePolicyViolations()) refused.add(v.directive);
        return [...refused].sort();
      }, { timeout: 10_000 })
      .toEqual(['script-src-attr', 'script-src-elem', 'style-src-elem']);
    await page.close();
  });
});
