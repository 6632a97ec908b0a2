import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { defaultVisiblePlanIds } from '../src/config/view';
import { heapAfterGc, launchBenchBrowser, openColdPage, waitForMapReady, type Compositor } from './lib/browser';
import { buildAppSplit, type SplitChunk } from './lib/build';
import type { Row } from './lib/report';
import type { BenchEnv, Scenario, ScenarioResult } from './lib/scenario';
import { assetKind, fileSizes, type AssetKind } from './lib/sizes';
import { median, ratio, summarize, type Summary } from './lib/stats';

type PageKind = 'app' | 'bare';

/** One cold load of one page. Times are ms since navigation start; sizes are bytes. */
export interface LoadSample {
  page: PageKind;
  /** Navigation start → first `idle` with every layer of the first view in the style. */
  readyMs: number;
  /** Navigation start → first `idle` of any kind. */
  firstIdleMs: number;
  /** The page's own `performance.mark('map-idle')`, where it records one. */
  markMs?: number;
  mapCreatedMs: number;
  mapLoadMs?: number;
  domContentLoadedMs: number;
  requests: number;
  served: { path: string; status: number; raw: number; gzip: number }[];
  bytes: Record<AssetKind, { raw: number; gzip: number }>;
  heapBytes: number;
  layers: string[];
  mapSize: { width: number; height: number };
  failedRequests: string[];
  fallbackRequests: string[];
  mapErrors: string[];
  consoleErrors: string[];
  /** The machine's 1-minute load average when the load finished: other work skews times, not bytes. */
  loadAverage: number;
}

const viewport = { width: 1920, height: 1080 };
/** Requests that arrive after `idle` (e.g. late data) still belong to the first view; give them this long. */
const settleMs = 500;
const kinds: AssetKind[] = ['js', 'data', 'css', 'html', 'other'];

async function loadOnce(browser: Browser, env: BenchEnv, page: PageKind, size?: LoadSample['mapSize']): Promise<LoadSample> {
  const url = page === 'app' ? env.appUrl : `${env.bareUrl}${size ? `?w=${size.width}&h=${size.height}` : ''}`;
  env.server.take();
  const cold = await openColdPage(browser, viewport, { layers: env.bareStyle.layers.map((l) => l.id), plans: defaultVisiblePlanIds });
  try {
    await cold.page.goto(url, { waitUntil: 'commit' });
    const probe = await waitForMapReady(cold);
    await cold.page.waitForTimeout(settleMs);
    const inPage = await cold.page.evaluate(() => {
      const map = window.__suzhouMap!;
      const rect = map.getContainer().getBoundingClientRect();
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        markMs: performance.getEntriesByName('map-idle', 'mark')[0]?.startTime,
        domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
        mapSize: { width: Math.round(rect.width), height: Math.round(rect.height) },
      };
    });
    const heapBytes = await heapAfterGc(cold.cdp);
    const served = env.server.take();
    const bytes = Object.fromEntries(kinds.map((k) => [k, { raw: 0, gzip: 0 }])) as LoadSample['bytes'];
    const files: LoadSample['served'] = [];
    for (const request of served) {
      if (request.status !== 200 || !request.file) {
        files.push({ path: request.path, status: request.status, raw: 0, gzip: 0 });
        continue;
      }
      const sizes = fileSizes(request.file);
      files.push({ path: request.path, status: request.status, ...sizes });
      const bucket = bytes[assetKind(request.path)];
      bucket.raw += sizes.raw;
      bucket.gzip += sizes.gzip;
    }
    return {
      page,
      readyMs: probe.readyAt!,
      firstIdleMs: probe.firstIdleAt!,
      markMs: inPage.markMs,
      mapCreatedMs: probe.createdAt!,
      mapLoadMs: probe.loadAt,
      domContentLoadedMs: inPage.domContentLoadedMs,
      requests: served.length,
      served: files,
      bytes,
      heapBytes,
      layers: probe.layersAtIdle ?? [],
      mapSize: inPage.mapSize,
      failedRequests: served.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.path}`),
      fallbackRequests: served.filter((r) => r.fallback).map((r) => r.path),
      mapErrors: probe.errors,
      consoleErrors: cold.consoleErrors,
      loadAverage: loadavg()[0]!,
    };
  } finally {
    await cold.close();
  }
}

/** Rejects if `work` outlasts `ms`, so one stuck load cannot hang the whole run. */
async function withDeadline<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${label} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Keeps one browser for the run, relaunching it if it disconnects (other work on the machine may end
 * Chromium processes); a load that failed because of that is retried once in a fresh browser.
 */
class BrowserHolder {
  private browser?: Browser;
  relaunches = 0;

  constructor(private readonly compositor?: Compositor) {}

  async get(): Promise<Browser> {
    if (this.browser?.isConnected()) return this.browser;
    if (this.browser) this.relaunches++;
    this.browser = await launchBenchBrowser(this.compositor);
    return this.browser;
  }

  async load(env: BenchEnv, page: PageKind, size?: LoadSample['mapSize']): Promise<LoadSample> {
    const attempt = async () => withDeadline(loadOnce(await this.get(), env, page, size), 120_000, `a ${page} load`);
    try {
      return await attempt();
    } catch (error) {
      if (this.browser?.isConnected()) throw error;
      console.warn(`  the browser went away during a ${page} load; retrying in a new one`);
      return attempt();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
  }
}

const kB = (bytes: number) => bytes / 1000;
const MB = (bytes: number) => bytes / 1e6;

function compareRow(
  metric: string,
  unit: string,
  pick: (s: LoadSample) => number,
  samples: Record<PageKind, LoadSample[]>,
  target?: { label: string; check: (app: number, r: number) => boolean },
): Row {
  const app = median(samples.app.map(pick));
  const bare = median(samples.bare.map(pick));
  const r = ratio(app, bare);
  return { metric, unit, app, bare, ratio: r, target: target?.label, ok: target ? target.check(app, r) : undefined };
}

/** Warnings a reader must see before trusting the numbers: failures, fallbacks, and style drift. */
function collectWarnings(env: BenchEnv, samples: Record<PageKind, LoadSample[]>): string[] {
  const warnings = new Set<string>();
  for (const sample of [...samples.app, ...samples.bare]) {
    for (const failed of sample.failedRequests) warnings.add(`${sample.page}: request failed: ${failed}`);
    for (const path of sample.fallbackRequests)
      warnings.add(`${sample.page}: the build does not ship ${path.replace(/^.*\//, '')}; served from node_modules`);
    for (const error of sample.mapErrors) warnings.add(`${sample.page}: map error: ${error}`);
  }
  const all = [...samples.app, ...samples.bare];
  const busiest = Math.max(...all.map((s) => s.loadAverage));
  if (busiest > cpus().length) {
    warnings.add(
      `the machine was busy (1-min load average up to ${busiest.toFixed(1)} on ${cpus().length} CPUs): times are inflated and noisy; the app/bare ratio holds up better than absolute times`,
    );
  }
  const appLayers = samples.app[0]?.layers ?? [];
  const bareLayers = env.bareStyle.layers.map((l) => l.id);
  if (appLayers.join() !== bareLayers.join()) {
    const missing = appLayers.filter((id) => !bareLayers.includes(id));
    const extra = bareLayers.filter((id) => !appLayers.includes(id));
    warnings.add(
      `the bare style differs from the app's layers at idle (app-only: ${missing.join(', ') || 'none'}; bare-only: ${extra.join(', ') || 'none'}; or their order)`,
    );
  }
  return [...warnings];
}

function summaries(samples: Record<PageKind, LoadSample[]>): Record<string, Record<PageKind, Summary>> {
  const metrics: Record<string, (s: LoadSample) => number> = {
    readyMs: (s) => s.readyMs,
    firstIdleMs: (s) => s.firstIdleMs,
    mapCreatedMs: (s) => s.mapCreatedMs,
    domContentLoadedMs: (s) => s.domContentLoadedMs,
    heapBytes: (s) => s.heapBytes,
    requests: (s) => s.requests,
    ...Object.fromEntries(
      kinds.flatMap((k) => [
        [`${k}RawBytes`, (s: LoadSample) => s.bytes[k].raw],
        [`${k}GzipBytes`, (s: LoadSample) => s.bytes[k].gzip],
      ]),
    ),
  };
  return Object.fromEntries(
    Object.entries(metrics).map(([name, pick]) => [
      name,
      { app: summarize(samples.app.map(pick)), bare: summarize(samples.bare.map(pick)) },
    ]),
  );
}

export async function runLoad(env: BenchEnv, runs: number, compositor?: Compositor): Promise<ScenarioResult> {
  const split: SplitChunk[] = await buildAppSplit();
  const appCodeGzip = split.filter((c) => c.group === 'app' && c.initial).reduce((sum, c) => sum + c.gzip, 0);
  const deferredCodeGzip = split.filter((c) => c.group === 'app' && !c.initial).reduce((sum, c) => sum + c.gzip, 0);

  const browsers = new BrowserHolder(compositor);
  const samples: Record<PageKind, LoadSample[]> = { app: [], bare: [] };
  try {
    // One unmeasured pair first: it warms what a fresh browser process does once (GPU process start, shader
    // compiler), and gives the app's map size, which the bare page then copies.
    const warm = await browsers.load(env, 'app');
    await browsers.load(env, 'bare', warm.mapSize);
    for (let i = 0; i < runs; i++) {
      samples.app.push(await browsers.load(env, 'app'));
      samples.bare.push(await browsers.load(env, 'bare', warm.mapSize));
      process.stdout.write(
        `  load ${i + 1}/${runs}: app ${samples.app[i]!.readyMs.toFixed(0)} ms, bare ${samples.bare[i]!.readyMs.toFixed(0)} ms\n`,
      );
    }
    const chromium = (await browsers.get()).version();

    const rows: Row[] = [
      compareRow('time to map ready', 'ms', (s) => s.readyMs, samples, {
        label: 'ratio ≤ 1.1',
        check: (_, r) => r <= 1.1,
      }),
      compareRow('map constructed at', 'ms', (s) => s.mapCreatedMs, samples, {
        label: 'ratio ≤ 1.2',
        check: (_, r) => r <= 1.2,
      }),
      compareRow('JS transferred, raw', 'kB', (s) => kB(s.bytes.js.raw), samples),
      compareRow('JS transferred, gzip', 'kB', (s) => kB(s.bytes.js.gzip), samples),
      compareRow('data (GeoJSON/JSON), raw', 'kB', (s) => kB(s.bytes.data.raw), samples),
      compareRow('data (GeoJSON/JSON), gzip = first-view data', 'kB', (s) => kB(s.bytes.data.gzip), samples, {
        label: 'ratio ≤ 1.2',
        check: (_, r) => r <= 1.2,
      }),
      compareRow('CSS + HTML, gzip', 'kB', (s) => kB(s.bytes.css.gzip + s.bytes.html.gzip), samples),
      compareRow('requests', 'count', (s) => s.requests, samples),
      compareRow('JS heap after load + GC, main thread', 'MB', (s) => MB(s.heapBytes), samples),
      {
        metric: 'app JS of the first view excl. maplibre-gl + react, gzip (from the build)',
        unit: 'kB',
        app: kB(appCodeGzip),
        target: 'app ≤ 45 kB',
        ok: kB(appCodeGzip) <= 45,
      },
      { metric: 'app JS fetched later (deferred chunks), gzip', unit: 'kB', app: kB(deferredCodeGzip) },
    ];

    const warnings = collectWarnings(env, samples);
    if (browsers.relaunches) warnings.push(`the browser was relaunched ${browsers.relaunches}× after something outside ended it`);
    return {
      title: `load: ${runs} cold loads per page, alternating app/bare, ${viewport.width}×${viewport.height}, kB = 1000 bytes, gzip level 9`,
      rows,
      warnings,
      chromium,
      details: {
        method: {
          viewport,
          runs,
          warmupPairs: 1,
          readyMs:
            'navigation start → first map `idle` with every layer of the bare style present, stamped with performance.now() by a listener attached when the page assigns window.__suzhouMap (right after new Map())',
          cache: 'new browser context per load, Network.setCacheDisabled',
          bytes: 'bodies served by the benchmark server during the load (uncompressed); gzip computed with zlib level 9 from the same files',
          heap: 'CDP HeapProfiler.collectGarbage ×2 then Runtime.getHeapUsage, main thread only',
          bareMapSize: warm.mapSize,
        },
        summary: summaries(samples),
        appSplit: { appCodeGzipBytes: appCodeGzip, chunks: split },
        samples,
      },
    };
  } finally {
    await browsers.close();
  }
}

export const loadScenario: Scenario = {
  name: 'load',
  description: 'cold load of the app vs a bare MapLibre page drawing the same style: time to idle, bytes, heap',
  run: (env, options) => runLoad(env, options.runs ?? 5, options.compositor),
};
