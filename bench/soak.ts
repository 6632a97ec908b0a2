import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { heapAfterGc, launchBenchBrowser, openColdPage, waitForMapLoaded } from './lib/browser';
import type { Row } from './lib/report';
import { median } from './lib/stats';
import type { BenchEnv, Scenario, ScenarioResult } from './lib/scenario';

/**
 * Steps measured by default; the kiosk steps every 150 ms here instead of every 8 s, so 1,000 steps (about
 * 2 h of a hall) take ~2.5 min and `--steps=10000` (about 22 h, a day) ~25 min on a quiet machine.
 */
const defaultSteps = 1000;
/**
 * Steps before the measured ones: 40 tour laps (about 2 h of a hall). The heap warms up over the first few
 * hundred steps — V8 compiles more of MapLibre's and React's code, MapLibre's tile caches fill — and then
 * stays level (README, "Benchmark"); a kiosk runs for days, so creep is measured after it. The warm-up's own
 * growth is reported beside it.
 */
const warmupLaps = 40;
/** Heap and elements are also taken at this many points between start and end, to see a trend, not two points. */
const checkpoints = 10;
/** Heap growth allowed over the run: a kiosk that runs for days must not creep. */
const heapGrowthLimitMB = 2;
/** Laps whose counts of elements are pooled per zone at each checkpoint. */
const lapsPerCount = 3;
const stepSeconds = 0.15;
const viewport = { width: 1920, height: 1080 };
/** Steps of one lap of the attract loop: the tours public/data/tours.json marks `attract`, one after the other. */
const tourLength = (JSON.parse(readFileSync(new URL('../public/data/tours.json', import.meta.url), 'utf8')) as { attract?: boolean; steps: unknown[] }[])
  .filter((tour) => tour.attract)
  .reduce((steps, tour) => steps + tour.steps.length, 0);

interface SoakCounters {
  steps: number;
  contextsCreated: number;
  contextsLive: number;
  canvases: number;
  attachedNodes: number;
}

/** Steps the page can record: its arrays are made full size at the start, so recording adds nothing to the heap. */
const stepCapacity = 50_000;

declare global {
  interface Window {
    __soak?: {
      steps: number;
      /** Elements in the document at each step, and the zone shown then (an index into `zoneIds`). */
      counts: Int32Array;
      zones: Int32Array;
      zoneIds: Map<string, number>;
      contexts: WeakRef<WebGLRenderingContext | WebGL2RenderingContext>[];
    };
  }
}

/**
 * Runs before any page script: counts every WebGL context the page creates (held weakly, so counting
 * keeps nothing alive) and every attract-loop step, which the URL sync writes into the kiosk's one history
 * entry as the zone shown, with the zone and the number of elements in the document at that moment: the same
 * zone shown in another lap must count the same. A string, for the reason given in lib/browser.ts.
 */
const counterScript = `(() => {
  const capacity = ${stepCapacity};
  const soak = { steps: 0, counts: new Int32Array(capacity), zones: new Int32Array(capacity), zoneIds: new Map(), contexts: [] };
  window.__soak = soak;
  const seen = new WeakSet();
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if (context && /webgl/.test(String(type)) && !seen.has(context)) {
      seen.add(context);
      soak.contexts.push(new WeakRef(context));
    }
    return context;
  };
  let lastZone = null;
  for (const name of ['pushState', 'replaceState']) {
    const write = history[name];
    history[name] = function (...args) {
      const zone = new URL(String(args[2] ?? location.href), location.href).searchParams.get('zone');
      if (zone && zone !== lastZone && soak.steps < capacity) {
        if (!soak.zoneIds.has(zone)) soak.zoneIds.set(zone, soak.zoneIds.size);
        soak.counts[soak.steps] = document.getElementsByTagName('*').length;
        soak.zones[soak.steps] = soak.zoneIds.get(zone);
        soak.steps++;
      }
      lastZone = zone;
      return write.apply(this, args);
    };
  }
})();`;

/** Steps at which the heap is sampled for the checkpoint at step n: three, a third of a lap apart. */
/**
 * Elements per zone over the laps before step n: the median of each zone's counts. A count is taken at the
 * moment a step's zone is written, which at 150 ms a step can catch the page before or after the card's
 * lists arrive; and a busy machine can merge two steps into one write, so laps are matched by zone, not step.
 */
async function elementsByZone(page: Page, n: number): Promise<Record<string, number>> {
  const byZone = await page.evaluate(
    ([from, to]) => {
      const soak = window.__soak!;
      const names = [...soak.zoneIds.keys()];
      const counts: Record<string, number[]> = {};
      for (let i = from!; i < to!; i++) (counts[names[soak.zones[i]!]!] ??= []).push(soak.counts[i]!);
      return counts;
    },
    [Math.max(0, n - lapsPerCount * tourLength), n],
  );
  return Object.fromEntries(Object.entries(byZone).map(([zone, counts]) => [zone, median(counts)]));
}

const heapSampleSteps = (n: number) => [0, 1, 2].map((k) => n + Math.floor((k * tourLength) / 3));

const counters = (): SoakCounters => {
  const soak = window.__soak!;
  const live = soak.contexts.map((ref) => ref.deref()).filter((gl) => gl && !gl.isContextLost());
  return {
    steps: soak.steps,
    contextsCreated: soak.contexts.length,
    contextsLive: live.length,
    canvases: document.querySelectorAll('canvas').length,
    attachedNodes: document.getElementsByTagName('*').length,
  };
};

async function runSoak(env: BenchEnv, steps: number): Promise<ScenarioResult> {
  const browser = await launchBenchBrowser();
  try {
    // The kiosk's first tour picks its own plans: ready once the base map, the plan layers and the zone labels
    // are in. The soak itself starts at the map's load, since at 150 ms a step the map may never be idle on a
    // busy machine.
    const cold = await openColdPage(browser, viewport, { layers: env.bareStyle.layers.map((l) => l.id), plans: [] });
    await cold.page.emulateMedia({ reducedMotion: 'reduce' });
    await cold.page.addInitScript({ content: counterScript });
    // No idle reset during the soak: the attract loop alone runs.
    await cold.page.goto(`${env.appUrl}?mode=kiosk&attract=${stepSeconds}&idle=86400`, { waitUntil: 'commit' });
    await waitForMapLoaded(cold, 180_000);
    const waitForSteps = async (n: number) => {
      const timeout = n * stepSeconds * 1000 * 4 + 60_000;
      await cold.page.waitForFunction((target) => (window.__soak?.steps ?? 0) >= target, n, { timeout, polling: 500 });
    };
    /**
     * The heap the page keeps: the least of three samples after GC over a lap. One sample alone swings by a
     * megabyte or more with whatever tiles and labels the map is building at that moment.
     */
    const keptHeap = async (n: number) => {
      const samples: number[] = [];
      for (const at of heapSampleSteps(n)) {
        await waitForSteps(at);
        samples.push(await heapAfterGc(cold.cdp));
      }
      return Math.min(...samples);
    };
    const measureAt = async (n: number) => {
      const heap = await keptHeap(n);
      const dom = await cold.cdp.send('Memory.getDOMCounters');
      const lap = await elementsByZone(cold.page, n);
      return { heap, dom, lap, attachedNodes: Object.values(lap).reduce((a, b) => a + b, 0) / Object.keys(lap).length, at: Date.now(), step: n };
    };
    const loaded = await measureAt(1);
    process.stdout.write(`  soak: ${warmupLaps * tourLength} warm-up steps…\n`);
    const first = warmupLaps * tourLength;
    const start = await measureAt(first);
    const laps = Math.max(1, Math.round(steps / tourLength));
    process.stdout.write(`  soak: ${laps * tourLength} attract steps from step ${first}…\n`);
    // Whole tour laps between checkpoints, so that each shows the same zone as the start.
    const trend = [start];
    for (let k = 1; k <= checkpoints; k++) {
      const at = first + Math.round((laps * k) / checkpoints) * tourLength;
      if (at <= trend.at(-1)!.step) continue;
      trend.push(await measureAt(at));
      const last = trend.at(-1)!;
      process.stdout.write(`  step ${last.step}: heap ${(last.heap / 1e6).toFixed(2)} MB, ${last.attachedNodes.toFixed(1)} elements (mean over the zones)\n`);
    }
    const end = trend.at(-1)!;
    const page = await cold.page.evaluate(counters);

    const MB = (bytes: number) => bytes / 1e6;
    const growth = MB(end.heap - start.heap);
    const nodeGrowth = end.dom.nodes - start.dom.nodes;
    /**
     * Elements against the start's, zone by zone, as the median of the differences: a leak moves every zone's
     * count, a count caught mid-change moves one.
     */
    const zoneChanges = (t: (typeof trend)[number]) =>
      Object.entries(t.lap).flatMap(([zone, count]) => (zone in start.lap ? [count - start.lap[zone]!] : []));
    const elementChange = (t: (typeof trend)[number]) => median(zoneChanges(t));
    const attachedGrowth = elementChange(end);
    const seconds = (end.at - start.at) / 1000;
    const rows: Row[] = [
      { metric: 'attract steps measured', unit: 'count', app: end.step - start.step },
      { metric: 'time per step (target 150 ms)', unit: 'ms', app: (seconds * 1000) / (end.step - start.step) },
      { metric: 'JS heap after GC, first lap', unit: 'MB', app: MB(loaded.heap) },
      { metric: `JS heap growth during the warm-up (${first - 1} steps)`, unit: 'MB', app: MB(start.heap - loaded.heap) },
      { metric: 'JS heap after GC, start (least of three over a lap)', unit: 'MB', app: MB(start.heap) },
      { metric: 'JS heap after GC, end', unit: 'MB', app: MB(end.heap) },
      { metric: 'JS heap growth', unit: 'MB', app: growth, target: `≤ ${heapGrowthLimitMB} MB`, ok: growth <= heapGrowthLimitMB },
      { metric: 'JS heap after GC, highest checkpoint − start', unit: 'MB', app: MB(Math.max(...trend.map((t) => t.heap)) - start.heap) },
      { metric: 'DOM nodes incl. detached, after GC, start (±1 step)', unit: 'count', app: start.dom.nodes },
      { metric: 'DOM nodes incl. detached, after GC, end − start (±1 step)', unit: 'count', app: nodeGrowth },
      { metric: 'elements in the document, start (mean over the zones)', unit: 'count', app: start.attachedNodes },
      { metric: 'elements in the document, growth (median over the zones)', unit: 'count', app: attachedGrowth, target: 'flat (= 0)', ok: attachedGrowth === 0 },
      {
        metric: 'elements in the document, largest change at a checkpoint (same measure)',
        unit: 'count',
        app: Math.max(...trend.map((t) => Math.abs(elementChange(t)))),
        target: 'flat (= 0)',
        ok: trend.every((t) => elementChange(t) === 0),
      },
      {
        metric: 'zones whose count at a checkpoint differed from the start\'s, of all checked',
        unit: 'count',
        app: trend.slice(1).reduce((n, t) => n + zoneChanges(t).filter((change) => change !== 0).length, 0),
      },
      { metric: 'JS event listeners, end − start', unit: 'count', app: end.dom.jsEventListeners - start.dom.jsEventListeners },
      { metric: 'live WebGL contexts at the end', unit: 'count', app: page.contextsLive, target: '= 1', ok: page.contextsLive === 1 },
      { metric: 'WebGL contexts created in all', unit: 'count', app: page.contextsCreated },
    ];
    const warnings: string[] = [];
    if (cold.consoleErrors.length) warnings.push(`console errors: ${[...new Set(cold.consoleErrors)].slice(0, 5).join(' | ')}`);
    if (seconds > (end.step - start.step) * stepSeconds * 2) warnings.push(`steps ran at half speed or slower (${seconds.toFixed(0)} s for ${end.step - start.step}): the machine was busy`);
    await cold.close();
    return {
      title: `soak: ${end.step - start.step} kiosk attract-loop steps at ${stepSeconds * 1000} ms, ${viewport.width}×${viewport.height}, reduced motion, after ${first} warm-up steps`,
      rows,
      warnings,
      chromium: browser.version(),
      details: {
        method: {
          url: `?mode=kiosk&attract=${stepSeconds}&idle=86400`,
          steps: 'one step = one zone shown by the attract loop = one write of the URL sync into the kiosk\'s one history entry',
          warmup: `${warmupLaps} tour laps before the start, where growth is measured from; the first step's heap is reported too`,
          heap: 'CDP HeapProfiler.collectGarbage ×2 then Runtime.getHeapUsage, main thread only; at each checkpoint the least of three samples a third of a lap apart',
          dom: `elements in the document counted by the page when each step's zone is written; per zone the median of its counts over the ${lapsPerCount} laps before a checkpoint, compared zone by zone with the start's and summarised by the median difference; CDP Memory.getDOMCounters after the GC, taken while the loop runs (may be one step off)`,
          trend: `heap and elements at ${checkpoints} checkpoints, whole tour laps apart`,
          contexts: 'HTMLCanvasElement.prototype.getContext wrapped by an init script; live = not lost and not collected',
        },
        loaded,
        start,
        end,
        trend,
        page,
        seconds,
      },
    };
  } finally {
    await browser.close();
  }
}

export const soakScenario: Scenario = {
  name: 'soak',
  description: 'kiosk attract loop for 1,000 fast steps (--steps=N): heap growth, DOM nodes, WebGL contexts',
  run: (env, options) => runSoak(env, options.steps ?? defaultSteps),
};
