// `npx tsx bench/probe-card-paint.ts [css …]` (after `vite build`): the explore scenario's click → zone card
// painted on the app alone, page load after page load, to see how its time spreads across loads and what a part
// of the page weighs in it. Each argument is a variant: a stylesheet added to the app after its map is ready
// (`-` for none), e.g. `'.side-panel{visibility:hidden}'`. Every variant is loaded `--rounds=N` times (2), each
// load clicks three zones in turn `--clicks=N` times (10) after two warm-up clicks, and prints each click's
// painted time, the times of MapLibre's `render` events after the press and the CPU time the GPU process and the
// renderers spent from the press to 300 ms after the map's `idle` (`lib/process-cpu.ts`).
import { addTestStyle } from '../tests/e2e/support/browser';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { prepareEnv } from './lib/env';
import { framesSettled, installClickProbe, lastClick, nextIdle } from './lib/explore-page';
import { processCpu, sum } from './lib/process-cpu';
import { median } from './lib/stats';

const plans = ['wz-services-2021', 'snd-2021'];
const points: [number, number][] = [[120.72, 31.2], [120.5, 31.2], [120.3, 31.1]];
const option = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const rounds = option('rounds', 2);
const clicks = option('clicks', 10);
const variants = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (variants.length === 0) variants.push('-');

const env = await prepareEnv();
const browser = await launchBenchBrowser();
const cpuSession = await browser.newBrowserCDPSession();
const painted = new Map<string, number[]>();
const recordRendersScript = `window.__renders = [];
  if (!window.__rendersWatched) {
    window.__rendersWatched = true;
    window.__suzhouMap.on('render', () => window.__renders.push(performance.now()));
  }`;
try {
  for (let round = 0; round < rounds; round++) {
    for (const css of variants) {
      const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: env.bareStyle.layers.map((l) => l.id), plans });
      await cold.page.goto(`${env.appUrl}?plans=${plans.join(',')}&view=120.5,31.2,9.4`);
      await waitForMapReady(cold);
      if (css !== '-') await addTestStyle(cold.page, css);
      await installClickProbe(cold.page);
      const times: string[] = [];
      for (let i = 0; i < clicks + 2; i++) {
        const at = await cold.page.evaluate(([lng, lat]) => window.__suzhouMap!.project([lng!, lat!]), points[i % points.length]!);
        const box = (await cold.page.locator('.maplibregl-canvas').boundingBox())!;
        await cold.page.mouse.move(box.x + at.x, box.y + at.y);
        await cold.page.waitForTimeout(400);
        await framesSettled(cold.page);
        await cold.page.evaluate(recordRendersScript);
        const idle = Promise.race([nextIdle(cold.page), cold.page.waitForTimeout(3000)]);
        const before = await processCpu(cpuSession);
        await cold.page.mouse.down();
        await cold.page.mouse.up();
        const { pressedAt, paintedAt } = await lastClick(cold.page);
        await idle;
        await cold.page.waitForTimeout(300);
        const after = await processCpu(cpuSession);
        const gpuMs = sum(after.gpu) - sum(before.gpu);
        const rendererMs = after.renderer - before.renderer;
        const renders = (await cold.page.evaluate('window.__renders')) as number[];
        if (i < 2) continue;
        painted.set(css, [...(painted.get(css) ?? []), paintedAt - pressedAt]);
        times.push(`${Math.round(paintedAt - pressedAt)} (renders at ${renders.map((t) => Math.round(t - pressedAt)).join(', ')}; CPU to idle + 300 ms: GPU process ${gpuMs.toFixed(0)}, renderers ${rendererMs.toFixed(0)})`);
      }
      console.log(`load ${round + 1}, ${css}:\n  ${times.join('\n  ')}`);
      await cold.close();
    }
  }
  console.log('\nclick → card painted, median and sorted (ms):');
  for (const [css, ms] of painted) console.log(`  ${median(ms).toFixed(0)}  ${ms.map(Math.round).sort((a, b) => a - b).join(' ')}  ${css}`);
} finally {
  await browser.close();
}
