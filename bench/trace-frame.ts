// `npx tsx bench/trace-frame.ts` (after `vite build`): the explore scenario's floor, a click on a small button that
// recolours only itself, on the app and on the bare page. For each page it prints the composited layers (size and
// why each is one), the GPU process's and the renderers' CPU time per press (median; the GPU process's by thread,
// where SwiftShader's own threads are the drawing: `lib/process-cpu.ts`), then, from the press to the frame
// presented after it, every thread's time by event, renderer and GPU process alike, and the quads viz drew
// (`--clicks=N`, 6 by default). `--css='…'` adds a stylesheet to the app first, to weigh a part of the page by
// hiding it (`visibility: hidden` keeps the layout); `--query='&zone=…'` adds to the app's address (a card open);
// `--app-only` skips the bare page; `--categories=a,b` traces more. Traces go to `.tmp/frame-trace-<page>.json`.
import { writeFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { addTestStyle } from '../tests/e2e/support/browser';
import { tmpDir } from './lib/build';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { prepareEnv } from './lib/env';
import { processCpu, sum } from './lib/process-cpu';
import { median } from './lib/stats';
import { addFloorButtonScript, floorButtonId, framesSettled, installClickProbe, lastClick, mapSizeOf } from './lib/explore-page';
import { displayFrames, threadTimes, type TraceEvent } from './lib/trace-events';

const plans = ['wz-services-2021', 'snd-2021'];
const viewport = { width: 1920, height: 1080 };
const clicks = Number(process.argv.find((a) => a.startsWith('--clicks='))?.slice(9) ?? 6);
const appOnly = process.argv.includes('--app-only');
const extraCss = process.argv.find((a) => a.startsWith('--css='))?.slice(6);
const extraQuery = process.argv.find((a) => a.startsWith('--query='))?.slice(8) ?? '';
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'benchmark',
  'cc',
  'viz',
  'gpu',
  'disabled-by-default-viz.quads',
  ...(process.argv.find((a) => a.startsWith('--categories='))?.slice(13).split(',') ?? []),
];

interface Layer {
  layerId: string;
  width: number;
  height: number;
  drawsContent: boolean;
  backendNodeId?: number;
}

/** The page's composited layers that draw, largest first, each with its element and Chromium's reasons. */
async function printLayers(page: Page, cdp: CDPSession): Promise<void> {
  const tree = new Promise<Layer[]>((resolve) => cdp.once('LayerTree.layerTreeDidChange', ({ layers }) => resolve((layers ?? []) as Layer[])));
  await cdp.send('DOM.getDocument');
  await cdp.send('LayerTree.enable');
  await page.evaluate(`document.body.style.outline = document.body.style.outline ? '' : '1px solid transparent'`);
  const layers = (await tree).filter((l) => l.drawsContent).sort((a, b) => b.width * b.height - a.width * a.height);
  for (const layer of layers) {
    const { compositingReasons = [] } = await cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId }).catch(() => ({ compositingReasons: [] }));
    const node = layer.backendNodeId ? await cdp.send('DOM.describeNode', { backendNodeId: layer.backendNodeId }).catch(() => undefined) : undefined;
    const attributes = node?.node.attributes ?? [];
    const cls = attributes.includes('class') ? `.${attributes[attributes.indexOf('class') + 1]!.split(' ')[0]}` : '';
    const what = node ? `${node.node.nodeName.toLowerCase()}${cls}` : '(page)';
    console.log(`  ${`${layer.width}×${layer.height}`.padEnd(10)} ${what.padEnd(32)} ${compositingReasons.join(', ')}`);
  }
  await cdp.send('LayerTree.disable');
}

/** Clicks the floor button `count` times under the browser-wide tracer; returns the trace and each press's paint. */
async function traceFloor(browser: Browser, page: Page, count: number) {
  await page.evaluate(addFloorButtonScript);
  const press = async () => {
    await page.hover(`#${floorButtonId}`);
    await framesSettled(page);
    await page.mouse.down();
    await page.mouse.up();
    const click = await lastClick(page);
    return click.paintedAt - click.pressedAt;
  };
  for (let i = 0; i < 3; i++) await press();
  const tracer = await browser.newBrowserCDPSession();
  // CPU time rather than wall time: the GPU process's drawing, in software here, is what a busy machine stretches.
  const cpu = () => processCpu(tracer);
  // Each press on its own, so that the median leaves out a press the map or a garbage collection joined.
  const gpuPerPress: number[] = [];
  const rendererPerPress: number[] = [];
  const gpuThreads = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const before = await cpu();
    await press();
    const after = await cpu();
    gpuPerPress.push(sum(after.gpu) - sum(before.gpu));
    rendererPerPress.push(after.renderer - before.renderer);
    for (const [name, ms] of after.gpu) gpuThreads.set(name, [...(gpuThreads.get(name) ?? []), ms - (before.gpu.get(name) ?? 0)]);
  }
  const cpuPerPress = {
    gpu: median(gpuPerPress),
    renderer: median(rendererPerPress),
    gpuThreads: [...gpuThreads].map(([name, ms]): [string, number] => [name, median(ms)]).sort((a, b) => b[1] - a[1]),
  };
  const events: TraceEvent[] = [];
  tracer.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => tracer.once('Tracing.tracingComplete', resolve));
  await tracer.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  const painted: number[] = [];
  for (let i = 0; i < count; i++) painted.push(await press());
  await tracer.send('Tracing.end');
  await done;
  await tracer.detach();
  return { events, painted, cpuPerPress };
}

async function tracePage(browser: Browser, name: string, url: string, layers: string[], css?: string) {
  const cold = await openColdPage(browser, viewport, { layers, plans });
  try {
    await cold.page.goto(url);
    await waitForMapReady(cold);
    if (css) await addTestStyle(cold.page, css);
    await installClickProbe(cold.page);
    console.log(`\n${name}: composited layers that draw`);
    await printLayers(cold.page, cold.cdp);
    const size = await mapSizeOf(cold.page);
    const { events, painted, cpuPerPress } = await traceFloor(browser, cold.page, clicks);
    console.log(`${name}: CPU time per press, untraced (median of ${clicks}): GPU process ${cpuPerPress.gpu.toFixed(1)} ms, renderers ${cpuPerPress.renderer.toFixed(1)} ms`);
    const threads = cpuPerPress.gpuThreads.filter(([, ms]) => ms >= 0.1).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    console.log(`${name}: the GPU process's threads per press (median): ${threads.join(', ')} ms`);
    writeFileSync(`${tmpDir}frame-trace-${name}.json`, JSON.stringify({ traceEvents: events }));
    console.log(`${name}: click → next paint ${painted.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(painted).toFixed(0)})`);
    console.log(`${name}: per press, from the mousedown to the frame presented (mean of ${clicks}), self time by thread and event:`);
    for (const thread of threadTimes(events, painted)) {
      if (thread.busyMs < 0.5) continue;
      console.log(`  ${thread.name.padEnd(40)} busy ${thread.busyMs.toFixed(1)} ms`);
      for (const [event, ms] of thread.byEvent.slice(0, 6)) if (ms >= 0.2) console.log(`      ${ms.toFixed(1).padStart(6)}  ${event}`);
    }
    const frames = displayFrames(events).filter((f) => f.swapMs > 0);
    const swaps = frames.map((f) => f.swapMs).sort((a, b) => a - b);
    console.log(`${name}: ${frames.length} frames drawn, GPU swap median ${swaps[swaps.length >> 1]?.toFixed(1)} ms (${swaps.map((ms) => ms.toFixed(0)).join(', ')}); quads of the last: ${JSON.stringify(frames.at(-1)?.quads)}`);
    return size;
  } finally {
    await cold.close();
  }
}

const env = await prepareEnv();
const browser = await launchBenchBrowser();
try {
  const layers = env.bareStyle.layers.map((l) => l.id);
  const size = await tracePage(browser, 'app', `${env.appUrl}?plans=${plans.join(',')}&view=120.5,31.2,9.4${extraQuery}`, layers, extraCss);
  if (!appOnly) await tracePage(browser, 'bare', `${env.bareUrl}?w=${size.width}&h=${size.height}&plans=${plans.join(',')}`, layers);
  console.log(`\ntraces written to ${tmpDir}frame-trace-{app,bare}.json (chrome://tracing or the Performance panel)`);
} finally {
  await browser.close();
  await env.server.close();
}
