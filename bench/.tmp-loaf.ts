import { launchBenchBrowser, openColdPage, phoneDevice, waitForMapReady } from './lib/browser';
import { prepareEnv } from './lib/env';
import { phoneThrottling } from './phone';
import { installClickProbe, lastClick } from './lib/explore-page';
import { labelPointOf } from '../tests/e2e/support/map-points';
const env = await prepareEnv();
const browser = await launchBenchBrowser();
for (let run = 0; run < 2; run++) {
  const cold = await openColdPage(browser, { width: 390, height: 844 }, { layers: env.bareStyle.layers.map((l) => l.id), plans: ['sz-services-2021'] }, phoneDevice);
  await cold.cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneThrottling.cpuRate });
  await cold.cdp.send('Network.emulateNetworkConditions', { offline: false, latency: phoneThrottling.latencyMs, downloadThroughput: (phoneThrottling.downloadKbps * 1000) / 8, uploadThroughput: (phoneThrottling.uploadKbps * 1000) / 8 });
  await cold.page.emulateMedia({ reducedMotion: 'reduce' });
  await cold.page.goto(env.appUrl, { waitUntil: 'commit' });
  await waitForMapReady(cold, 180_000);
  await cold.page.waitForTimeout(500);
  await installClickProbe(cold.page, 'pointerdown');
  await cold.page.evaluate(`(() => { window.__loaf = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: e.startTime, dur: e.duration, block: e.blockingDuration, render: e.renderStart, style: e.styleAndLayoutStart, scripts: e.scripts.map((s) => ({ start: s.startTime, dur: s.duration, inv: s.invoker, type: s.invokerType, src: (s.sourceURL || '').split('/').pop(), fn: s.sourceFunctionName })) }); }).observe({ type: 'long-animation-frame' }); })()`);
  const [lng, lat] = labelPointOf('sz-county-changshu');
  const p = (await cold.page.evaluate(`(() => { const m = window.__suzhouMap; const p = m.project([${lng}, ${lat}]); const b = m.getCanvas().getBoundingClientRect(); return { x: b.left + p.x, y: b.top + p.y }; })()`)) as { x: number; y: number };
  await cold.page.touchscreen.tap(p.x, p.y);
  const click = await lastClick(cold.page);
  await cold.page.waitForTimeout(2500);
  const loaf = (await cold.page.evaluate('window.__loaf')) as { start: number; dur: number; block: number; render: number; style: number; scripts: { start: number; dur: number; inv: string; type: string; src: string; fn: string }[] }[];
  console.log(`run ${run}: pressed ${click.pressedAt.toFixed(0)}, handled +${((click.handledAt ?? 0) - click.pressedAt).toFixed(0)}, painted +${(click.paintedAt - click.pressedAt).toFixed(0)}`);
  for (const f of loaf) {
    if (f.start + f.dur < click.pressedAt - 200 || f.start > click.pressedAt + 2000) continue;
    console.log(`  frame +${(f.start - click.pressedAt).toFixed(0)} dur ${f.dur.toFixed(0)} render +${(f.render - click.pressedAt).toFixed(0)} style +${(f.style - click.pressedAt).toFixed(0)}`);
    for (const s of f.scripts) console.log(`     script +${(s.start - click.pressedAt).toFixed(0)} ${s.dur.toFixed(0)} ms ${s.type} ${s.inv} ${s.src} ${s.fn}`);
  }
  await cold.close();
}
await browser.close(); await env.server.close();
