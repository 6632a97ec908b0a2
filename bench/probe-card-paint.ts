// `npx tsx bench/probe-card-paint.ts [variant …]` (after `vite build`): the explore scenario's click on a zone,
// page load after page load, to see how its time spreads across loads and what a part of the page weighs in it.
// A variant is `-` (the app as it is), `bare` (the bare MapLibre page, setting the selection's feature states as
// the explore scenario's does) or a stylesheet added to the app after its map is ready, e.g.
// `'.side-panel{visibility:hidden}'`. Every variant is loaded `--rounds=N` times (2); each load clicks the
// explore scenario's three zones in turn, `--clicks=N` times (10) after two warm-up clicks, and prints each
// click's painted time (the app: its card), the times of MapLibre's `render` events after the press and the CPU
// time the GPU process and the renderers spent from the press to 300 ms after the map's `idle`
// (`lib/process-cpu.ts`).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { indexCatalog } from '../src/data/catalog-index';
import { parseCatalog } from '../src/data/load-catalog';
import { addTestStyle } from '../tests/e2e/support/browser';
import { launchBenchBrowser, openColdPage, waitForMapReady, type ColdPage } from './lib/browser';
import { prepareEnv } from './lib/env';
import { openBare } from './explore';
import { armBareClickScript, framesSettled, installClickProbe, lastClick, nextIdle } from './lib/explore-page';
import { selectionFlags } from './lib/lens-states';
import { processCpu, sum } from './lib/process-cpu';
import { median } from './lib/stats';

const plans = ['wz-services-2021', 'snd-2021'];
const zoneIds = ['wz-east', 'wz-central', 'wz-west'];
const camera = { center: [120.5, 31.2] as [number, number], zoom: 9.4 };
const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const rounds = option('rounds', 2);
const clicks = option('clicks', 10);
const variants = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (variants.length === 0) variants.push('-');

const catalogFile = 'public/data/catalog.json';
const index = indexCatalog(parseCatalog(catalogFile, JSON.parse(readFileSync(catalogFile, 'utf8'))));
const labels = JSON.parse(readFileSync('public/geojson/zone-labels.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[] };
const labelPoint = (zoneId: string) => labels.features.find((f) => f.properties.id === zoneId)!.geometry.coordinates;

const env = await prepareEnv();
const browser = await launchBenchBrowser();
const cpuSession = await browser.newBrowserCDPSession();
const recordRendersScript = `window.__renders = [];
  if (!window.__rendersWatched) {
    window.__rendersWatched = true;
    window.__suzhouMap.on('render', () => window.__renders.push(performance.now()));
  }`;

/** The app (with `css` added unless it is `-`) or the bare page, as the explore scenario opens them. */
async function open(variant: string): Promise<ColdPage> {
  if (variant !== 'bare') {
    const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: env.bareStyle.layers.map((l) => l.id), plans });
    await cold.page.goto(`${env.appUrl}?plans=${plans.join(',')}&view=${camera.center.join(',')},${camera.zoom}`);
    await waitForMapReady(cold);
    if (variant !== '-') await addTestStyle(cold.page, variant);
    return cold;
  }
  return openBare(browser, env, index, { width: 1520, height: 1020 }, camera);
}

async function click(page: Page, variant: string, i: number) {
  const zoneId = zoneIds[i % zoneIds.length]!;
  const at = await page.evaluate(([lng, lat]) => window.__suzhouMap!.project([lng!, lat!]), labelPoint(zoneId));
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.waitForTimeout(400);
  await framesSettled(page);
  await page.evaluate(recordRendersScript);
  if (variant === 'bare') await page.evaluate(armBareClickScript(selectionFlags(index, zoneId, i > 0 ? zoneIds[(i - 1) % zoneIds.length] : undefined)));
  const idle = Promise.race([nextIdle(page), page.waitForTimeout(3000)]);
  const before = await processCpu(cpuSession);
  await page.mouse.down();
  await page.mouse.up();
  const { pressedAt, paintedAt } = await lastClick(page);
  await idle;
  await page.waitForTimeout(300);
  const after = await processCpu(cpuSession);
  const renders = (await page.evaluate('window.__renders')) as number[];
  return {
    painted: paintedAt - pressedAt,
    line: `${Math.round(paintedAt - pressedAt)} (renders at ${renders.map((t) => Math.round(t - pressedAt)).join(', ')}; CPU to idle + 300 ms: GPU process ${(sum(after.gpu) - sum(before.gpu)).toFixed(0)}, renderers ${(after.renderer - before.renderer).toFixed(0)})`,
  };
}

const painted = new Map<string, number[]>();
try {
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const cold = await open(variant);
      // The bare page has its click probe from openBare.
      if (variant !== 'bare') await installClickProbe(cold.page);
      const lines: string[] = [];
      for (let i = 0; i < clicks + 2; i++) {
        const { painted: ms, line } = await click(cold.page, variant, i);
        if (i < 2) continue;
        painted.set(variant, [...(painted.get(variant) ?? []), ms]);
        lines.push(line);
      }
      console.log(`load ${round + 1}, ${variant}:\n  ${lines.join('\n  ')}`);
      await cold.close();
    }
  }
  console.log('\nclick → painted, median and sorted (ms):');
  for (const [variant, ms] of painted) console.log(`  ${median(ms).toFixed(0)}  ${ms.map(Math.round).sort((a, b) => a - b).join(' ')}  ${variant}`);
} finally {
  await browser.close();
}
