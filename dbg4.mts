import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
await page.goto(`${server.url}?plans=wz-services-2021,snd-2021&zone=wz-east`);
await waitForMapIdle(page);
const t0 = Date.now();
await page.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
console.log('tap1', Date.now() - t0);
await page.waitForTimeout(400);
await page.getByTestId('sheet-head').locator('.sheet-head__toggle').tap({ timeout: 5000 }).catch((e) => console.log('tap2 failed', String(e).slice(0, 300)));
console.log('tap2', Date.now() - t0, await page.evaluate(() => { const b = document.querySelector('.sheet-head__toggle')!.getBoundingClientRect(); const c = document.querySelector('.sheet-head__close')!.getBoundingClientRect(); return { b: [b.x, b.y, b.width, b.height], c: [c.x, c.y, c.width, c.height], st: document.querySelector('.sheet')!.scrollTop }; }));
for (let i = 0; i < 10; i++) { await page.waitForTimeout(300); console.log(i, await page.evaluate(() => [document.querySelector('.sheet')!.scrollTop, document.querySelector('.sheet-head__toggle')!.getAttribute('aria-expanded'), history.length, JSON.stringify(history.state)])); }
await page.screenshot({ path: '/tmp/i10/dbg4.png' });
await browser.close(); await server.close();
