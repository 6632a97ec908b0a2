import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });
await page.goto(`${server.url}?plans=wz-services-2021,snd-2021&zone=wz-east`);
await waitForMapIdle(page);
const toggle = page.getByTestId('sheet-head').locator('.sheet-head__toggle');
const st = () => page.evaluate(() => document.querySelector('.sheet')!.scrollTop);
await toggle.tap({ timeout: 5000 }); console.log('t1', await st());
await toggle.tap({ timeout: 5000 }); console.log('t2', await st());
for (const tab of ['产业', '矩阵', '对比', '目录']) {
  await page.getByRole('tab', { name: tab }).tap({ timeout: 5000 }).catch((e) => console.log('fail', tab, String(e).slice(0, 200)));
  console.log(tab, await st(), await page.evaluate(() => { const t = document.querySelector('.tabs')!.getBoundingClientRect(); return [t.top, t.bottom]; }));
}
await page.screenshot({ path: '/tmp/i10/dbg6.png' });
await browser.close(); await server.close();
