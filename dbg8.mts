import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });
page.on('console', (m) => console.log('page:', m.text()));
await page.goto(`${server.url}?plans=snd-2021&zone=snd-tech-ecology&view=120.3807,31.5215,11`);
await waitForMapIdle(page);
await page.waitForFunction(() => !window.__suzhouMap!.isMoving());
await waitForMapIdle(page);
console.log('url', page.url());
await page.evaluate(() => { const m = window.__suzhouMap!; m.on('click', (e) => console.log('click', e.point.x, e.point.y, JSON.stringify(m.queryRenderedFeatures([[e.point.x-6,e.point.y-6],[e.point.x+6,e.point.y+6]]).map(f=>f.layer.id)))); m.on('movestart', () => console.log('movestart')); });
const target = await page.evaluate(() => {
  const map = window.__suzhouMap!;
  const canvas = map.getCanvas().getBoundingClientRect();
  const area = { left: 0, top: 56, right: 390, bottom: 768 };
  for (let row = 1; row < 12; row++) for (let col = 1; col < 12; col++) {
    const x = area.left + ((area.right - area.left) * col) / 12 - canvas.x;
    const y = area.top + ((area.bottom - area.top) * row) / 12 - canvas.y;
    const under = map.queryRenderedFeatures([[x - 14, y - 14], [x + 14, y + 14]]);
    const hits = under.filter((f) => /^plan:.*:(fill|hit-line|hit-point)$/.test(f.layer.id));
    const ids = [...new Set(hits.map((f) => String(f.properties?.id)))];
    if (ids.length === 1 && ids[0] !== 'snd-tech-ecology') return { id: ids[0]!, x: canvas.x + x, y: canvas.y + y, cx: x, cy: y };
  }
});
console.log('target', target);
await page.touchscreen.tap(target!.x, target!.y);
await page.waitForTimeout(1000);
console.log(page.url(), await page.locator('.sheet-head__title').textContent());
await browser.close(); await server.close();
