import type { Browser, CDPSession, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { plansSourceId } from '../src/map/layers/plan-layers';
import { labelPointOf } from '../tests/e2e/support/map-points';
import { launchBenchBrowser, openColdPage, phoneDevice, waitForMapReady, type ColdPage } from './lib/browser';
import { armBareClickScript, armPanelTimesScript, bareViewScript, cameraOf, framesSettled, installClickProbe, lastClick, mapSizeOf } from './lib/explore-page';
import type { Row } from './lib/report';
import type { BenchEnv, Scenario, ScenarioResult } from './lib/scenario';
import { assetKind, fileSizes } from './lib/sizes';
import { median, ratio } from './lib/stats';

/**
 * Whoever scans a QR code: a 390×844 phone (touch, scale 2) with a CPU four times slower than this machine's
 * (Chromium's CPU throttling) on a slow mobile network (1.6 Mbps down, 750 kbps up, 150 ms round trip).
 * Cold loads, alternating the app and the bare MapLibre page under the same throttling: time to map ready and
 * what the first view downloads; then one tap on a zone: → its name in the sheet (the DOM), → the next frame
 * presented (Event Timing, as INP measures), and → the map's highlight rendered. The bare page is tapped at the
 * same point, with the same camera, and sets the same feature state.
 */
const viewport = { width: 390, height: 844 };
export const phoneThrottling = { cpuRate: 4, downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 };
const defaultRuns = 3;
/** A large zone of the first view whose label lies above the sheet on this screen. */
const tappedZoneId = 'sz-county-changshu';
const firstViewPlan = 'sz-services-2021';

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneThrottling.cpuRate });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phoneThrottling.latencyMs,
    downloadThroughput: (phoneThrottling.downloadKbps * 1000) / 8,
    uploadThroughput: (phoneThrottling.uploadKbps * 1000) / 8,
  });
}

interface LoadSample {
  readyMs: number;
  mapCreatedMs: number;
  requests: number;
  /** Bytes of each kind the first view downloaded, gzip as a server would send them. */
  gzip: Record<'js' | 'data' | 'css' | 'html' | 'other', number>;
  files: string[];
}

interface TapSample {
  /** pointerdown → the zone's name in the sheet's head. */
  inDomMs?: number;
  /** pointerdown → the first frame presented after the tap's click was handled. */
  paintedMs: number;
  bounded: boolean;
  /** pointerdown → the map's first `idle` with the zone's highlight. */
  mapDrawnMs: number;
}

async function coldLoad(browser: Browser, env: BenchEnv, url: string, layers: string[]): Promise<{ cold: ColdPage; load: LoadSample }> {
  env.server.take();
  const cold = await openColdPage(browser, viewport, { layers, plans: [firstViewPlan] }, phoneDevice);
  await throttle(cold.cdp);
  await cold.page.emulateMedia({ reducedMotion: 'reduce' });
  await cold.page.goto(url, { waitUntil: 'commit' });
  const probe = await waitForMapReady(cold, 180_000);
  await cold.page.waitForTimeout(500);
  const served = env.server.take();
  const gzip = { js: 0, data: 0, css: 0, html: 0, other: 0 };
  for (const request of served) if (request.status === 200 && request.file) gzip[assetKind(request.path)] += fileSizes(request.file).gzip;
  return {
    cold,
    load: { readyMs: probe.readyAt!, mapCreatedMs: probe.createdAt!, requests: served.length, gzip, files: served.map((r) => `${r.status} ${r.path}`) },
  };
}

/** The screen point of the tapped zone's label, checked to lie in the map above the sheet. */
async function tapPoint(page: Page): Promise<{ x: number; y: number }> {
  const [lng, lat] = labelPointOf(tappedZoneId);
  const point = (await page.evaluate(`(() => {
    const map = window.__suzhouMap;
    const p = map.project([${lng}, ${lat}]);
    const box = map.getCanvas().getBoundingClientRect();
    const sheet = document.querySelector('.sheet__panel');
    const floor = sheet ? sheet.getBoundingClientRect().top : box.bottom;
    return { x: box.left + p.x, y: box.top + p.y, visible: box.top + p.y < floor - 8 };
  })()`)) as { x: number; y: number; visible: boolean };
  if (!point.visible) throw new Error(`${tappedZoneId}'s label lies under the sheet at ${viewport.width}×${viewport.height}; pick another zone`);
  return point;
}

async function tapApp(page: Page, name: string): Promise<TapSample> {
  await installClickProbe(page, 'pointerdown');
  const point = await tapPoint(page);
  await framesSettled(page);
  await page.evaluate(armPanelTimesScript('.sheet-head__title', name, { id: tappedZoneId, flag: 'selected' }));
  await page.touchscreen.tap(point.x, point.y);
  const times = (await page.evaluate('window.__panelTimes')) as { inDom: number; mapDrawn: number };
  const click = await lastClick(page);
  return { inDomMs: times.inDom - click.pressedAt, paintedMs: click.paintedAt - click.pressedAt, bounded: click.bounded, mapDrawnMs: times.mapDrawn - click.pressedAt };
}

async function tapBare(page: Page, point: { x: number; y: number }): Promise<TapSample> {
  await installClickProbe(page, 'pointerdown');
  await framesSettled(page);
  await page.evaluate(armBareClickScript({ [plansSourceId]: { [tappedZoneId]: { selected: true } } }));
  await page.touchscreen.tap(point.x, point.y);
  const drawn = (await page.evaluate('window.__bareDrawn')) as number;
  const click = await lastClick(page);
  return { paintedMs: click.paintedAt - click.pressedAt, bounded: click.bounded, mapDrawnMs: drawn - click.pressedAt };
}

export async function runPhone(env: BenchEnv, runs: number): Promise<ScenarioResult> {
  const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as { zones: { id: string; name: { zh: string } }[] };
  const zoneName = catalog.zones.find((z) => z.id === tappedZoneId)!.name.zh;
  const bareLayers = env.bareStyle.layers.map((l) => l.id);
  const browser = await launchBenchBrowser();
  const app: { load: LoadSample; tap: TapSample }[] = [];
  const bare: { load: LoadSample; tap: TapSample }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const a = await coldLoad(browser, env, env.appUrl, bareLayers);
      const size = await mapSizeOf(a.cold.page);
      const camera = await cameraOf(a.cold.page);
      const point = await tapPoint(a.cold.page);
      app.push({ load: a.load, tap: await tapApp(a.cold.page, zoneName) });
      await a.cold.close();

      const b = await coldLoad(browser, env, `${env.bareUrl}?w=${size.width}&h=${size.height}`, bareLayers);
      // The bare page's map starts where the app's header ends, so the same zone lies at the same point.
      await b.cold.page.evaluate(`document.getElementById('map').style.marginTop = '${viewport.height - size.height}px'`);
      await b.cold.page.evaluate(bareViewScript([firstViewPlan], camera));
      bare.push({ load: b.load, tap: await tapBare(b.cold.page, point) });
      await b.cold.close();
      console.log(`  phone ${i + 1}/${runs}: map ready app ${app[i]!.load.readyMs.toFixed(0)} ms, bare ${bare[i]!.load.readyMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }

  const m = (samples: { load: LoadSample; tap: TapSample }[], pick: (s: { load: LoadSample; tap: TapSample }) => number | undefined) =>
    median(samples.map(pick).filter((v): v is number => v !== undefined));
  const pair = (metric: string, unit: string, pick: (s: { load: LoadSample; tap: TapSample }) => number | undefined, target?: Pick<Row, 'target'> & { max: number }): Row => {
    const appValue = m(app, pick);
    const bareValue = m(bare, pick);
    const r = ratio(appValue, bareValue);
    return { metric, unit, app: appValue, bare: bareValue, ratio: r, ...(target ? { target: target.target, ok: r <= target.max } : {}) };
  };
  const kB = (bytes: number) => bytes / 1000;
  const rows: Row[] = [
    pair('cold load → map ready', 'ms', (s) => s.load.readyMs, { target: 'ratio ≤ 1.2', max: 1.2 }),
    pair('map constructed at', 'ms', (s) => s.load.mapCreatedMs),
    pair('JS, gzip', 'kB', (s) => kB(s.load.gzip.js)),
    pair('data (GeoJSON/JSON), gzip', 'kB', (s) => kB(s.load.gzip.data)),
    pair('CSS + HTML, gzip', 'kB', (s) => kB(s.load.gzip.css + s.load.gzip.html)),
    pair('requests', 'count', (s) => s.load.requests),
    { metric: 'tap → name in the sheet (DOM)', unit: 'ms', app: m(app, (s) => s.tap.inDomMs) },
    pair('tap → next frame presented (sheet painted)', 'ms', (s) => s.tap.paintedMs),
    pair('tap → map highlight rendered', 'ms', (s) => s.tap.mapDrawnMs),
  ];
  const warnings = [...new Set([...app, ...bare].flatMap((s) => s.load.files.filter((f) => !f.startsWith('200 ')).map((f) => `request failed: ${f}`)))];
  if ([...app, ...bare].some((s) => s.tap.bounded)) warnings.push('some taps had no Event Timing entry (painted within 16 ms); their times are upper bounds');
  return {
    title: `phone: ${runs} cold loads per page, ${viewport.width}×${viewport.height} touch, CPU ÷${phoneThrottling.cpuRate}, ${phoneThrottling.downloadKbps} kbps down / ${phoneThrottling.latencyMs} ms RTT`,
    rows,
    warnings,
    details: { viewport, device: phoneDevice, throttling: phoneThrottling, tappedZoneId, app, bare, firstViewFiles: app[0]?.load.files },
  };
}

export const phoneScenario: Scenario = {
  name: 'phone',
  description: 'a phone on a slow network and CPU: cold load to map ready and tap → sheet, app vs bare',
  run: (env, options) => runPhone(env, options.runs ?? defaultRuns),
};
