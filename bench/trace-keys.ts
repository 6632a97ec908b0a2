// `npx tsx bench/trace-keys.ts [appDir]` (after `vite build`): traces the scale scenario's search keystrokes at 40
// plans with Chromium's tracing and prints, per keystroke, what the main thread did between `beforeinput` and the
// timeout after `input` that ends the scenario's "script" time: event dispatch, script, style, layout, paint.
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { tmpDir } from './lib/build';
import { framesSettled } from './lib/explore-page';
import { warmUpSearch } from './lib/scale-apps';
import { serveStatic } from './lib/serve';
import { writeScaleApp } from './lib/synthetic-plans';
import type { TraceEvent } from './lib/trace-events';

const functionName = (e: TraceEvent) => (e.args?.data as { functionName?: string } | undefined)?.functionName;
const keys = ['', '金', '金融', '', '合', '合成', '', 'j', 'jr', '', 'C', 'C6'];
const appDir = process.argv[2] ?? `${tmpDir}app`;
const scaleDir = `${tmpDir}app-scale-trace`;
const { catalog, syntheticPlanIds } = writeScaleApp(appDir, scaleDir);
const realPlans = catalog.plans.map((p) => p.id).filter((id) => !syntheticPlanIds.includes(id));
const server = await serveStatic([{ prefix: '/', dir: scaleDir }]);
const browser = await launchBenchBrowser();
try {
  const { page, cdp } = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: [], plans: realPlans });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.origin}/?plans=${realPlans.join(',')}`);
  await waitForMapReady({ page } as Parameters<typeof waitForMapReady>[0]);
  await page.evaluate(`(() => {
    window.__keys = 0;
    addEventListener('beforeinput', (event) => {
      performance.mark('key-start', { startTime: event.timeStamp });
      addEventListener('input', () => setTimeout(() => { performance.mark('key-end'); window.__keys++; }, 0), { once: true, capture: true });
    }, { capture: true });
  })()`);
  const box = await warmUpSearch(page);
  await framesSettled(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  for (const key of keys) {
    const n = (await page.evaluate('window.__keys')) as number;
    if (key === '') await box.press('Control+a').then(() => box.press('Backspace'));
    else await page.keyboard.type(key.at(-1)!);
    await page.waitForFunction((k) => (window as unknown as { __keys: number }).__keys > k, n);
    await framesSettled(page);
  }
  await cdp.send('Tracing.end');
  await done;
  const starts = events.filter((e) => e.name === 'key-start' && e.ph !== 'e').map((e) => e.ts);
  const ends = events.filter((e) => e.name === 'key-end').map((e) => e.ts);
  const main = events.find((e) => e.name === 'key-start')!;
  starts.forEach((start, i) => {
    const end = ends[i]!;
    const inside = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start - 2000 && e.ts < end && (e.dur ?? 0) > 200);
    const by = new Map<string, number>();
    for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur! / 1000);
    const list = [...by].sort((a, b) => b[1] - a[1]).slice(0, 9).map(([k, ms]) => `${k} ${ms.toFixed(1)}`);
    console.log(`${JSON.stringify(keys[i]).padEnd(6)} ${((end - start) / 1000).toFixed(1).padStart(5)} ms: ${list.join(', ')}`);
    // Each task in the window, with what it did: the keystroke's own, a frame, or something that came in between.
    for (const task of inside.filter((e) => e.name === 'RunTask' && e.dur! > 1000)) {
      const within = inside.filter((e) => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur!);
      const what = within
        .filter((e) => e.name !== 'FunctionCall' || e.dur! > 1000)
        .slice(0, 8).map((e) => `${e.name}${e.args?.data?.type ? `(${e.args.data.type})` : ''}${functionName(e) ? `[${functionName(e)}]` : ''} ${(e.dur! / 1000).toFixed(1)}`);
      console.log(`      task ${(task.dur! / 1000).toFixed(1)} ms at +${((task.ts - start) / 1000).toFixed(1)}: ${what.join(', ')}`);
    }
  });
} finally {
  await browser.close();
  await server.close();
}
