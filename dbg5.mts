import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });
await page.goto(`${server.url}?plans=wz-services-2021,snd-2021&panel=matrix&lang=en`);
await waitForMapIdle(page);
await page.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
await page.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
await page.getByRole('button', { name: /Top 12/ }).tap();
const table = page.locator('.matrix__scroll');
await table.evaluate((el) => el.scrollIntoView({ block: 'center' }));
console.log(await table.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth, ox: getComputedStyle(el).overflowX, r: el.getBoundingClientRect().toJSON(), st: document.querySelector('.sheet')!.scrollTop })));
const cdp = await page.context().newCDPSession(page);
const box = (await table.boundingBox())!;
const y = Math.min(Math.max(box.y + 60, 260), box.y + box.height - 20, 600);
console.log('y', y, await page.evaluate(([x, y]) => { const e = document.elementFromPoint(x, y)!; return e.outerHTML.slice(0, 120); }, [300, y]));
for (const [t, pts] of [['touchStart', [{ x: 300, y }]], ...Array.from({ length: 8 }, (_, i) => ['touchMove', [{ x: 300 - (i + 1) * 27, y }]]), ['touchEnd', []]] as const) {
  await cdp.send('Input.dispatchTouchEvent', { type: t as any, touchPoints: pts as any });
}
await page.waitForTimeout(800);
console.log(await table.evaluate((el) => el.scrollLeft), await page.evaluate(() => document.querySelector('.sheet')!.scrollTop));
await page.screenshot({ path: '/tmp/i10/dbg5.png' });
await browser.close(); await server.close();
