// `npx tsx bench/trace-click.ts` (after `vite build`): traces click → zone card painted with Chromium's tracing and
// prints each click's CPU time (GPU process and renderers, to the map's idle) and, from the press to the first
// frame presented after it, every thread's time by event; then the same clicks under the JavaScript profiler.
import { writeFileSync } from 'node:fs';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { prepareEnv } from './lib/env';
import { framesSettled, installClickProbe, lastClick, nextIdle } from './lib/explore-page';
import { processCpu, sum } from './lib/process-cpu';
import { tmpDir } from './lib/build';
import { threadTimes, type TraceEvent } from './lib/trace-events';

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
  // `profiled`: under the JavaScript profiler, whose sampling costs the renderer more CPU than the click.
  const click = async (zone: (typeof zones)[number], profiled = false) => {
    const at = await cold.page.evaluate(([lng, lat]) => window.__suzhouMap!.project([lng!, lat!]), zone.at);
    const box = (await cold.page.locator('.maplibregl-canvas').boundingBox())!;
    await cold.page.mouse.move(box.x + at.x, box.y + at.y);
    await nextIdle(cold.page);
    await framesSettled(cold.page);
    const before = await processCpu(tracer);
    await cold.page.mouse.down();
    await cold.page.mouse.up();
    await cold.page.getByTestId('zone-card').waitFor();
    const { pressedAt, paintedAt } = await lastClick(cold.page);
    await nextIdle(cold.page);
    const after = await processCpu(tracer);
    if (!profiled) console.log(
      `click on ${zone.id}: painted ${(paintedAt - pressedAt).toFixed(0)} ms after the press; to its idle, CPU: GPU process ${(sum(after.gpu) - sum(before.gpu)).toFixed(1)} ms, renderers ${(after.renderer - before.renderer).toFixed(1)} ms`,
    );
    return paintedAt - pressedAt;
  };
  const tracer = await browser.newBrowserCDPSession();
  await installClickProbe(cold.page);
  await click(zones[1]!);
  const events: TraceEvent[] = [];
  tracer.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => tracer.once('Tracing.tracingComplete', resolve));
  await tracer.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', 'cc', 'gpu', 'viz'] },
    transferMode: 'ReportEvents',
  });
  const painted = [await click(zones[0]!), await click(zones[1]!)];
  await tracer.send('Tracing.end');
  await done;
  console.log('from the press to the frame presented (mean of the two clicks), self time by thread and event:');
  for (const thread of threadTimes(events, painted)) {
    if (thread.busyMs < 0.5) continue;
    console.log(`  ${thread.name.padEnd(40)} busy ${thread.busyMs.toFixed(1)} ms`);
    for (const [event, ms] of thread.byEvent.slice(0, 10)) if (ms >= 0.3) console.log(`      ${ms.toFixed(1).padStart(6)}  ${event}`);
  }
  writeFileSync(`${tmpDir}click-trace.json`, JSON.stringify({ traceEvents: events }));

  console.log(`trace written to ${tmpDir}click-trace.json (open it in chrome://tracing or the Performance panel)`);

  // The same click under the JavaScript profiler: which functions the main thread spends it in (self time).
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  await cold.cdp.send('Profiler.enable');
  await cold.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cold.cdp.send('Profiler.start');
  await click(zones[0]!, true);
  await click(zones[1]!, true);
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
