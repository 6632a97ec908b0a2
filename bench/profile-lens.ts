// `npx tsx bench/profile-lens.ts [picks]` (after `vite build`): where a lens pick's time goes, at 40 plans and with
// the real four. Picks the finance lens (once to warm up, then traced, then profiled) and prints the main thread's
// and the workers' time from the press to the panel painted and to the map drawn, and the JavaScript functions
// that took the most of it.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBenchBrowser, openColdPage, waitForMapReady, type ColdPage } from './lib/browser';
import { tmpDir } from './lib/build';
import { armPanelTimesScript, framesSettled, installClickProbe, lastClick, lensTitle, nextIdle } from './lib/explore-page';
import { serveRealAndScale } from './lib/scale-apps';
import { threadTimes, type TraceEvent } from './lib/trace-events';

const family = 'finance';
const picks = Number(process.argv[2] ?? 3);
const { catalog, realPlans, real: server, scale: scaleServer, familyZone } = await serveRealAndScale('profile');
const financeName = catalog.families.find((f) => f.id === family)!.name.zh;

/** One pick of the lens and its clear; the press → panel painted and → map drawn, in ms. */
async function pick(page: Page, zoneId: string): Promise<{ painted: number; drawn: number }> {
  const button = page.locator(`.lens-family__button[data-lens-key="family:${family}"]`);
  await button.hover();
  await framesSettled(page);
  await page.evaluate(armPanelTimesScript(lensTitle, financeName, { id: zoneId, flag: 'lensed' }));
  await page.mouse.down();
  await page.mouse.up();
  const click = await lastClick(page);
  const { mapDrawn } = (await page.evaluate('window.__panelTimes')) as { mapDrawn: number };
  const cleared = nextIdle(page);
  await page.locator('.lens-detail__clear').click();
  await cleared;
  await framesSettled(page);
  return { painted: click.paintedAt - click.pressedAt, drawn: mapDrawn - click.pressedAt };
}

/** What the DevTools protocol's Profiler.stop returns, as far as it is read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time by function over the profile, largest first. */
function hotFunctions(profile: CpuProfile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const { callFrame } = byId.get(id)!;
    const file = callFrame.url.split('/').pop() ?? '';
    const name = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

async function profileKind(kind: 'real' | 'scale', cold: ColdPage) {
  const { page, cdp } = cold;
  const origin = kind === 'real' ? server.origin : scaleServer.origin;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/?plans=${realPlans.join(',')}`, { waitUntil: 'commit' });
  await waitForMapReady(cold);
  await installClickProbe(page);
  await page.getByRole('tab', { name: '产业' }).click();
  const zoneId = familyZone(kind, family);
  console.log(`${kind}: warm-up pick`, await pick(page, zoneId));
  const samples: { painted: number; drawn: number }[] = [];
  for (let i = 0; i < picks; i++) samples.push(await pick(page, zoneId));
  console.log(`${kind}: picks`, samples.map((s) => `${s.painted.toFixed(0)}/${s.drawn.toFixed(0)}`).join(' '));

  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  const traced = await pick(page, zoneId);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(`${tmpDir}lens-trace-${kind}.json`, JSON.stringify({ traceEvents: events }));
  for (const [label, ms] of [
    ['press → panel painted', traced.painted],
    ['press → map drawn', traced.drawn],
  ] as const) {
    console.log(`${kind}: ${label} ${ms.toFixed(0)} ms`);
    for (const thread of threadTimes(events, [ms]).slice(0, 4)) {
      console.log(`  ${thread.name}: busy ${thread.busyMs.toFixed(0)} ms`);
      for (const [name, self] of thread.byEvent.slice(0, 10)) console.log(`    ${name.padEnd(40)} ${self.toFixed(1)}`);
    }
  }

  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const profiled = await pick(page, zoneId);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  writeFileSync(`${tmpDir}lens-profile-${kind}.cpuprofile`, JSON.stringify(profile));
  console.log(`${kind}: profiled pick ${profiled.painted.toFixed(0)}/${profiled.drawn.toFixed(0)} ms; main-thread JS by self time (whole pick and clear):`);
  for (const [name, ms] of hotFunctions(profile).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
}

const browser = await launchBenchBrowser();
try {
  for (const kind of ['real', 'scale'] as const) {
    const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: [], plans: realPlans });
    try {
      await profileKind(kind, cold);
    } finally {
      await cold.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await scaleServer.close();
}
