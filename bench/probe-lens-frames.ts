// `npx tsx bench/probe-lens-frames.ts` (after `vite build`): what the map does between a finance-lens press and
// the map drawn, at 40 plans and with the real four — frames rendered, tiles loaded per source, labels and fills
// rendered. PICKS=n picks a side (5); FADE0=1 turns the labels' fade off (MapLibre's private `_fadeDuration`, to
// see what the fade costs, not a setting of the app); FRAMECOST=1 times a redraw of the lensed map with groups
// of layers hidden (a pixel read after each frame waits for the software GPU); SHOTS_DIR=… saves each lens drawn.
import type { Page } from 'playwright-core';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { armPanelTimesScript, framesSettled, installClickProbe, lastClick, lensTitle, nextIdle } from './lib/explore-page';
import { serveRealAndScale } from './lib/scale-apps';

const family = 'finance';
const { catalog, realPlans, real: server, scale: scaleServer, familyZone } = await serveRealAndScale('probe');
const financeName = catalog.families.find((f) => f.id === family)!.name.zh;

const arm = `window.__frames = { renders: 0, tiles: {}, t0: performance.now(), lastTile: 0, lastRender: 0 };
const m = window.__suzhouMap;
if (!window.__framesArmed) { window.__framesArmed = true;
m.on('render', () => { window.__frames.renders++; window.__frames.lastRender = performance.now(); });
m.on('sourcedata', (e) => { if (e.tile && e.sourceDataType !== 'metadata') { const t = window.__frames.tiles; t[e.sourceId] = (t[e.sourceId] ?? 0) + 1; window.__frames.lastTile = performance.now(); } });
}`;

async function pick(page: Page, zoneId: string) {
  const button = page.locator(`.lens-family__button[data-lens-key="family:${family}"]`);
  await button.hover();
  await framesSettled(page);
  await page.evaluate(armPanelTimesScript(lensTitle, financeName, { id: zoneId, flag: 'lensed' }));
  await page.evaluate(arm);
  await page.mouse.down();
  await page.mouse.up();
  const click = await lastClick(page);
  const { mapDrawn } = (await page.evaluate('window.__panelTimes')) as { mapDrawn: number };
  const f = (await page.evaluate('window.__frames')) as { renders: number; tiles: Record<string, number>; lastTile: number; lastRender: number };
  const z = (await page.evaluate('window.__suzhouMap.getZoom()')) as number;
  const labels = await page.evaluate(`(() => { const m = window.__suzhouMap; const n = (l) => m.queryRenderedFeatures({ layers: [l] }).length; return { zoneLabels: n('zone-labels'), lineLabels: n('plans-line-label'), fills: n('plans-fill') }; })()`);
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/lens-drawn-${zoneId}.png` });
  console.log(JSON.stringify(labels));
  if (process.env.FRAMECOST) {
    const cost = await page.evaluate(`(async () => {
      const m = window.__suzhouMap;
      const gl = m.painter.context.gl;
      const px = new Uint8Array(4);
      const once = () => new Promise((r) => { m.once('render', () => { const t = performance.now(); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); r(t); }); m.triggerRepaint(); });
      const timeFrames = async () => { const ts = []; for (let i = 0; i < 6; i++) { const a = performance.now(); await once(); const b = performance.now(); ts.push(b - a); } ts.sort((x, y) => x - y); return +ts[3].toFixed(0); };
      const all = m.getStyle().layers.map((l) => l.id);
      const hide = async (ids) => { const was = ids.map((id) => [id, m.getLayoutProperty(id, 'visibility') ?? 'visible']); ids.forEach((id) => m.setLayoutProperty(id, 'visibility', 'none')); await new Promise((r) => m.once('idle', r)); const t = await timeFrames(); was.forEach(([id, v]) => m.setLayoutProperty(id, 'visibility', v)); await new Promise((r) => m.once('idle', r)); return t; };
      const plans = all.filter((id) => id.startsWith('plans-'));
      return { full: await timeFrames(), noPlans: await hide(plans), noFillOutline: await hide(['plans-fill', 'plans-outline']), noZoneLabels: await hide(['zone-labels']), noCarriers: await hide(all.filter((id) => id.startsWith('carrier'))), onlyBase: await hide(all.filter((id) => id.startsWith('plans-') || id.startsWith('carrier') || id === 'zone-labels')), layers: all.length };
    })()`);
    console.log('frame cost', JSON.stringify(cost));
  }
  const cleared = nextIdle(page);
  await page.locator('.lens-detail__clear').click();
  await cleared;
  await framesSettled(page);
  return `drawn ${(mapDrawn - click.pressedAt).toFixed(0)} ms, renders ${f.renders}, lastTile +${(f.lastTile - click.pressedAt).toFixed(0)}, tiles ${JSON.stringify(f.tiles)}, zoom ${z.toFixed(2)}`;
}

const browser = await launchBenchBrowser();
try {
  for (const kind of ['real', 'scale'] as const) {
    const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: [], plans: realPlans });
    const { page } = cold;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${kind === 'real' ? server.origin : scaleServer.origin}/?plans=${realPlans.join(',')}`, { waitUntil: 'commit' });
    await waitForMapReady(cold);
    await installClickProbe(page);
    if (process.env.FADE0) await page.evaluate('window.__suzhouMap._fadeDuration = 0');
    await page.getByRole('tab', { name: '产业' }).click();
    const zoneId = familyZone(kind, family);
    for (let i = 0; i < Number(process.env.PICKS ?? 5); i++) console.log(kind, await pick(page, zoneId));
    await cold.close();
  }
} finally {
  await browser.close();
  await server.close();
  await scaleServer.close();
}
