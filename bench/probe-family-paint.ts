// `npx tsx bench/probe-family-paint.ts` (after `vite build`): the explore scenario's largest-family pick on the
// app alone, at its plans, view and size — press → lens title in the DOM, → painted (Event Timing), → map rendered
// (idle), medians of PICKS=n picks (10). CSS='…' adds a style sheet first (adopted, as the page's
// Content-Security-Policy refuses inline styles), e.g. HIDDEN_PANEL=1 hides the side panel's body but for the
// buttons pressed, to see what painting the answer costs the map.
import { readFileSync } from 'node:fs';
import { indexCatalog } from '../src/data/catalog-index';
import { parseCatalog } from '../src/data/load-catalog';
import { launchBenchBrowser, openColdPage, waitForMapReady } from './lib/browser';
import { armPanelTimesScript, framesSettled, installClickProbe, lastClick, lensTitle, nextIdle } from './lib/explore-page';
import { largestFamily } from './lib/lens-states';
import { serveStatic } from './lib/serve';

const index = indexCatalog(parseCatalog('c', JSON.parse(readFileSync('public/data/catalog.json', 'utf8'))));
const plans = ['wz-services-2021', 'snd-2021'];
const server = await serveStatic([{ prefix: '/', dir: 'dist' }]);
const browser = await launchBenchBrowser();
const scope = largestFamily(index);
const cold = await openColdPage(browser, { width: 1920, height: 1080 }, { layers: [], plans });
const page = cold.page;
await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(`${server.origin}/?plans=${plans.join(',')}&view=120.5,31.2,9.4`);
await waitForMapReady(cold);
await installClickProbe(page);
const hiddenPanel = '.side-panel__body { visibility: hidden; } .lens-family__button, .lens-detail__clear { visibility: visible; }';
const css = process.env.HIDDEN_PANEL ? hiddenPanel : process.env.CSS;
if (css) await page.evaluate(`(() => { const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(css)}); document.adoptedStyleSheets = [s]; })()`);
await page.getByRole('tab', { name: '产业' }).click();
await page.locator('.lens-list .chips button').first().waitFor({ state: 'attached' });
const zoneId = scope.zoneIds.find((id) => !plans.includes(scope.groups.find((g) => g.zones.some((z) => z.zone.id === id))!.plan.id))!;
const rows: number[][] = [];
for (let i = 0; i < Number(process.env.PICKS ?? 10); i++) {
  const button = page.locator(`.lens-family__button[data-lens-key="family:${scope.subject.id}"]`);
  await button.hover();
  await framesSettled(page);
  await page.evaluate(armPanelTimesScript(lensTitle, scope.name.zh, { id: zoneId, flag: 'lensed' }));
  await page.mouse.down();
  await page.mouse.up();
  const { inDom, mapDrawn } = (await page.evaluate('window.__panelTimes')) as { inDom: number; mapDrawn: number };
  const click = await lastClick(page);
  rows.push([inDom - click.pressedAt, click.paintedAt - click.pressedAt, mapDrawn - click.pressedAt].map(Math.round));
  const cleared = nextIdle(page);
  await page.locator('.lens-detail__clear').click();
  await cleared;
}
const med = (k: number) => rows.map((r) => r[k]!).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log('per pick [in the DOM, painted, map rendered] ms:', JSON.stringify(rows));
console.log(`${scope.subject.id} (${scope.zoneIds.length} zones, ${scope.carrierIds.length} carriers): medians in the DOM ${med(0)} ms, painted ${med(1)} ms, map rendered ${med(2)} ms`);
await browser.close();
await server.close();
