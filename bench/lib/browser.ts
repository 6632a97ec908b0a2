import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { plansSourceId } from '../../src/map/layers/plan-layers';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/support/browser';

/** What the probe records about the page's map, in the page's own clock (ms since navigation start). */
export interface MapProbe {
  createdAt?: number;
  loadAt?: number;
  /** The first `idle`, whatever was drawn by then. */
  firstIdleAt?: number;
  /** The first `idle` with every expected layer in the style and every expected plan's features in its source. */
  readyAt?: number;
  /** Layer ids at the latest `idle` seen. */
  layersAtIdle?: string[];
  errors: string[];
}

declare global {
  interface Window {
    __benchProbe?: MapProbe;
  }
}

/**
 * Who draws the page's frames together with the map's canvas. `gpu`: Chromium's GPU compositor, here SwiftShader,
 * which draws every frame whole, every panel's pixels included, in software on the same two cores as the map.
 * `cpu`: Chromium's software compositor (`--disable-gpu-compositing`), which draws only what changed, as a
 * GPU's compositor costs next to nothing for what did not (bench/README.md, "Two compositors").
 */
export type Compositor = 'gpu' | 'cpu';

/**
 * The e2e tests' flags, plus exact heap numbers from `performance.memory`. `BENCH_CHROMIUM_ARGS` adds flags for a
 * diagnostic run (e.g. `--disable-gpu-rasterization`): such a run is no measure of the targets, so run.ts writes
 * it, with the flags, to bench/.tmp/results-diagnostic.json and leaves results.json as it is.
 */
export function launchBenchBrowser(compositor: Compositor = 'gpu'): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...chromiumArgs,
      '--enable-precise-memory-info',
      ...(compositor === 'cpu' ? ['--disable-gpu-compositing'] : []),
      ...extraChromiumArgs(),
    ],
  });
}

export const extraChromiumArgs = (): string[] => process.env.BENCH_CHROMIUM_ARGS?.split(/\s+/).filter(Boolean) ?? [];

export interface ColdPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  consoleErrors: string[];
  close: () => Promise<void>;
}

/** A touch phone's screen: the page takes its phone layout, and taps arrive as touches. */
export const phoneDevice = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** What a page's map must hold to be ready: these layers in its style, and these plans' features in the plans' source. */
export interface ReadyWhen {
  layers: string[];
  plans: string[];
}

/** A page in a brand-new context (empty HTTP cache, no storage) with the cache disabled as well. */
export async function openColdPage(
  browser: Browser,
  viewport: { width: number; height: number },
  ready: ReadyWhen,
  device?: typeof phoneDevice,
): Promise<ColdPage> {
  // No service worker: its precache download would land in the first view's byte counts.
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...device, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.addInitScript({ content: mapProbeScript(ready) });
  return { context, page, cdp, consoleErrors, close: () => context.close() };
}

/**
 * Runs before any page script. Neither page can be edited to report its own timings, but both publish their
 * map as `window.__suzhouMap` right after constructing it, so a setter on that name attaches the `idle`
 * listener in the same task as the constructor: no `idle` can be missed, and both pages are measured the
 * same way. The map is ready at the first `idle` with every expected layer in its style (the app adds its
 * plan layers only once its catalog has loaded) and every expected plan's features in the plans' source (both
 * pages fetch a plan's file and join it into the source). A string, because tsx would wrap a serialised
 * function's inner closures in a `__name` helper that does not exist in the page.
 */
const mapProbeScript = ({ layers: expected, plans }: ReadyWhen) => `(() => {
  const expected = ${JSON.stringify(expected)};
  const plans = ${JSON.stringify(plans)};
  const hasPlan = (map, id) => map.querySourceFeatures(${JSON.stringify(plansSourceId)}, { filter: ['==', ['get', 'planId'], id] }).length > 0;
  const probe = { errors: [] };
  window.__benchProbe = probe;
  let current;
  Object.defineProperty(window, '__suzhouMap', {
    configurable: true,
    enumerable: true,
    get() { return current; },
    set(map) {
      current = map;
      if (!map || probe.createdAt !== undefined) return;
      probe.createdAt = performance.now();
      map.on('error', (event) => probe.errors.push(String((event.error && event.error.message) || 'unknown map error')));
      map.once('load', () => { probe.loadAt = performance.now(); });
      const onIdle = () => {
        const now = performance.now();
        if (probe.firstIdleAt === undefined) probe.firstIdleAt = now;
        const layers = map.getStyle().layers.map((layer) => layer.id);
        probe.layersAtIdle = layers;
        if (expected.every((id) => layers.includes(id)) && plans.every((id) => hasPlan(map, id))) {
          probe.readyAt = now;
          map.off('idle', onIdle);
        }
      };
      map.on('idle', onIdle);
    },
  });
})();`;

/** Waits until the probe sees the map ready; fails fast, with the page's own errors, on a fatal map error. */
export const waitForMapReady = (cold: ColdPage, timeoutMs = 60_000) => waitForMap(cold, 'readyAt', timeoutMs);

/**
 * Waits for the map's `load` only: a page that keeps its map moving, as the kiosk's attract loop at the soak's
 * pace does, may not leave it idle once on a busy machine, so it would never be "ready".
 */
export const waitForMapLoaded = (cold: ColdPage, timeoutMs = 60_000) => waitForMap(cold, 'loadAt', timeoutMs);

async function waitForMap(cold: ColdPage, stage: 'readyAt' | 'loadAt', timeoutMs: number): Promise<MapProbe> {
  const fatal = /worker failed to load|failed to initialize webgl/i;
  const reached = stage === 'readyAt' ? 'ready' : 'loaded';
  try {
    await cold.page.waitForFunction(
      ({ pattern, stage }) => {
        const probe = window.__benchProbe;
        return Boolean(probe && (probe[stage] !== undefined || probe.errors.some((e) => new RegExp(pattern, 'i').test(e))));
      },
      { pattern: fatal.source, stage },
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    const probe = await cold.page.evaluate(() => window.__benchProbe).catch(() => undefined);
    const seen = probe?.layersAtIdle ? `layers at the last idle: ${probe.layersAtIdle.join(', ')}` : 'no idle seen';
    throw new Error(`map never became ${reached}: ${(error as Error).message}\n${seen}\n${describeErrors(cold)}`, { cause: error });
  }
  const probe = await cold.page.evaluate(() => window.__benchProbe!);
  if (probe[stage] === undefined) throw new Error(`map failed before it was ${reached}\n${describeErrors(cold)}`);
  return probe;
}

function describeErrors(cold: ColdPage): string {
  return cold.consoleErrors.length ? `console errors:\n  ${cold.consoleErrors.join('\n  ')}` : 'no console errors';
}

/** Main-thread JS heap in bytes after two forced collections (MapLibre's workers have their own heaps). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
