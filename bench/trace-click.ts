// `npx tsx bench/trace-click.ts` (after `vite build`): traces click → zone card painted with Chromium's tracing and
// prints where the main thread's time goes, from the press to the first frame presented after it.
import { writeFileSync } from 'node:fs';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { prepareEnv } from './lib/env';
import { framesSettled, nextIdle } from './lib/explore-page';
import { tmpDir } from './lib/build';
import type { TraceEvent } from './lib/trace-events';

const plans = ['wz-services-2021', 'snd-2021'];
const zones = [
  { id: 'wz-east', at: [120.72, 31.2] },
  { id: 'wz-central', at: [120.5, 31.2] },
];

const env = await prepareEnv();
const browser = await launchBenchBrowser();
try {
  const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: env.bareStyle.layers.map((l) => l.id), plans });
  await cold.page.goto(`${env.appUrl}?plans=${plans.join(',')}&view=120.5,31.2,9.4`);
  await waitForMapReady(cold);
  // A first click brings the whole catalog and the card's code; the traced clicks are the ones after.
  const click = async (zone: (typeof zones)[number]) => {
    const at = await cold.page.evaluate(([lng, lat]) => window.__suzhouMap!.project([lng!, lat!]), zone.at);
    const box = (await cold.page.locator('.maplibregl-canvas').boundingBox())!;
    await cold.page.mouse.move(box.x + at.x, box.y + at.y);
    await nextIdle(cold.page);
    await framesSettled(cold.page);
    await cold.page.mouse.down();
    await cold.page.mouse.up();
    await cold.page.getByTestId('zone-card').waitFor();
    await nextIdle(cold.page);
  };
  await click(zones[1]!);
  const events: TraceEvent[] = [];
  cold.cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cold.cdp.once('Tracing.tracingComplete', resolve));
  await cold.cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'gpu', 'viz'] },
    transferMode: 'ReportEvents',
  });
  await click(zones[0]!);
  await click(zones[1]!);
  await cold.cdp.send('Tracing.end');
  await done;
  writeFileSync(`${tmpDir}click-trace.json`, JSON.stringify({ traceEvents: events }));

  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const main = events.filter((e) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X' && e.dur);
  const presses = main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown').map((e) => e.ts);
  for (const [i, press] of presses.entries()) {
    const end = presses[i + 1] ?? Infinity;
    const window = main.filter((e) => e.ts >= press && e.ts < end);
    const totals = new Map<string, number>();
    for (const e of window) {
      const key = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      totals.set(key, (totals.get(key) ?? 0) + e.dur! / 1000);
    }
    console.log(`click ${i + 1}:`);
    for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${name.padEnd(36)} ${ms.toFixed(1)} ms`);
  }
  console.log(`trace written to ${tmpDir}click-trace.json (open it in chrome://tracing or the Performance panel)`);

  // The same click under the JavaScript profiler: which functions the main thread spends it in (self time).
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  await cold.cdp.send('Profiler.enable');
  await cold.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cold.cdp.send('Profiler.start');
  await click(zones[0]!);
  await click(zones[1]!);
  const { profile } = (await cold.cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.replace(/^.*\//, '');
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('JavaScript self time over two clicks (ms):');
  for (const [name, ms] of [...self].filter(([name]) => !/^\((idle|program|garbage collector)\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(1).padStart(6)}  ${name}`);
  await cold.close();
} finally {
  await browser.close();
  await env.server.close();
}
