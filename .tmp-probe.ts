import { chromium } from 'playwright-core';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(`
    window.__log = [];
    function rects() { return [...document.querySelectorAll('[data-map-overlay]')].map(function (e) { var r = e.getBoundingClientRect(); return (e.getAttribute('data-map-overlay') || String(e.className).slice(0, 20)) + ':' + Math.round(r.x) + ',' + Math.round(r.y) + ',' + Math.round(r.width) + 'x' + Math.round(r.height); }).join(' '); }
    setInterval(function () {
      var map = window.__suzhouMap; var c = map && map.getContainer();
      window.__log.push(Math.round(performance.now()) + ' ' + (c && c.dataset.framing) + ' ' + (map ? map.getCenter().toArray().map(function (v) { return v.toFixed(4); }) : '') + ' fonts=' + document.fonts.status + ' ' + rects());
    }, 100);
  `);
  await page.goto(`${server.url}?mode=kiosk&idle=60&attract=30`);
  page.on("pageerror", (e) => console.log("ERR", e.message)); page.on("console", (m) => m.type()==="error" && console.log("CONSOLE", m.text())); await page.waitForTimeout(6000); console.log(await page.evaluate(() => typeof (window as any).__log));
  const log: string[] = await page.evaluate(() => (window as any).__log);
  const dedup = log.filter((l, i) => i === 0 || l.split(' ').slice(1).join(' ') !== log[i - 1]!.split(' ').slice(1).join(' '));
  console.log(`--- run ${run}`); console.log(dedup.join('\n'));
  await context.close();
}
await browser.close(); await server.close();
