// `npx tsx bench/profile-keys.ts [appDir]` (after `vite build`; `vite build --minify false --outDir <dir>` for
// readable names): the scale scenario's search keystrokes at 40 plans and with the real four, each under
// Chromium's CPU profiler. Prints per keystroke its script time (as the scenario measures it: `beforeinput` to
// a timeout after `input`) and the main thread's style, layout and script durations, then where the profiled
// time went: the functions with the most self time, and the search's own steps with everything under them.
import type { CDPSession, Page } from 'playwright-core';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { tmpDir } from './lib/build';
import { framesSettled } from './lib/explore-page';
import { warmUpSearch } from './lib/scale-apps';
import { serveStatic } from './lib/serve';
import { writeScaleApp } from './lib/synthetic-plans';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const queries = ['金融', '合成', 'jr', '园区', 'C66'];
const watched = ['searchResults', 'searchTable', 'searchPlaces', 'searchCodes', 'SearchGroups', 'SearchOption', 'hitContext', 'SearchBox', 'flushSyncWorkAcrossRoots', 'performWorkOnRoot', 'commitRoot', 'lensScope', 'computeScope', 'prepareSearchTable', 'step'];

/** Self ms per function (name@line) and total ms under each watched name. */
function tally(profile: Profile, self: Map<string, number>, under: Map<string, number>) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anon)'}@${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (watched.includes(name) && !seen.has(name)) {
        seen.add(name);
        under.set(name, (under.get(name) ?? 0) + ms);
      }
    }
  });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
}

async function profileKeys(page: Page, cdp: CDPSession, label: string) {
  await page.evaluate(`(() => {
    window.__keys = [];
    addEventListener('beforeinput', (event) => {
      const sample = { at: event.timeStamp };
      addEventListener('input', () => setTimeout(() => { sample.script = performance.now() - sample.at; window.__keys.push(sample); }, 0), { once: true, capture: true });
    }, { capture: true });
  })()`);
  const box = await warmUpSearch(page);
  await framesSettled(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const self = new Map<string, number>();
  const under = new Map<string, number>();
  const lines: string[] = [];
  for (const query of queries) {
    for (const char of ['', ...query]) {
      const n = (await page.evaluate('window.__keys.length')) as number;
      const before = await metrics(cdp);
      await cdp.send('Profiler.start');
      if (char === '') await box.press('Control+a').then(() => box.press('Backspace'));
      else await page.keyboard.type(char);
      await page.waitForFunction((k) => (window as unknown as { __keys: unknown[] }).__keys.length > k, n);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const after = await metrics(cdp);
      await framesSettled(page);
      const { script } = ((await page.evaluate('window.__keys')) as { script: number }[]).at(-1)!;
      const options = await page.locator('[role="option"]').count();
      const d = (k: string) => (after[k]! - before[k]!).toFixed(1);
      tally(profile, self, under);
      const mine = new Map<string, number>();
      const mineUnder = new Map<string, number>();
      tally(profile, mine, mineUnder);
      const top = [...mine].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 4);
      const detail = `top ${top.map(([k, ms]) => `${k.split('@')[0]} ${ms.toFixed(1)}`).join(', ')} | under ${[...mineUnder].map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')}`;
      lines.push(
        `${label} ${JSON.stringify(await box.inputValue()).padEnd(8)} script ${script.toFixed(1).padStart(5)} ms | style ${d('RecalcStyleDuration')} layout ${d('LayoutDuration')} js ${d('ScriptDuration')} task ${d('TaskDuration')} | ${options} options\n    ${detail}`,
      );
    }
  }
  console.log(lines.join('\n'));
  console.log(`${label}: self time (ms, all keystrokes)`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
  console.log(`${label}: total time under (ms)`);
  for (const [k, ms] of [...under].sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(1).padStart(7)}  ${k}`);
}

const appDir = process.argv[2] ?? `${tmpDir}app`;
const scaleDir = `${tmpDir}app-scale-profile`;
const { catalog, syntheticPlanIds } = writeScaleApp(appDir, scaleDir);
const realPlans = catalog.plans.map((p) => p.id).filter((id) => !syntheticPlanIds.includes(id));
const servers = { real: await serveStatic([{ prefix: '/', dir: appDir }]), scale: await serveStatic([{ prefix: '/', dir: scaleDir }]) };
const browser = await launchBenchBrowser();
try {
  for (const kind of ['scale', 'real'] as const) {
    const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: [], plans: realPlans });
    await cold.page.emulateMedia({ reducedMotion: 'reduce' });
    await cold.page.goto(`${servers[kind].origin}/?plans=${realPlans.join(',')}`);
    await waitForMapReady(cold);
    await profileKeys(cold.page, cold.cdp, kind);
    await cold.close();
  }
} finally {
  await browser.close();
  await servers.real.close();
  await servers.scale.close();
}
