import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto(`${server.url}${process.argv[2] ?? ''}`);
await waitForMapIdle(page);
await page.waitForTimeout(800);
console.log(await page.evaluate(() => {
  const s = document.querySelector('.sheet')!; const p = document.querySelector('.sheet__panel') as HTMLElement; const h = document.querySelector('.sheet__stop--half') as HTMLElement;
  return { scrollTop: s.scrollTop, clientHeight: s.clientHeight, scrollHeight: s.scrollHeight, panelTop: p.offsetTop, half: h.offsetTop, layout: document.documentElement.dataset.layout, hist: history.state, url: location.search };
}));
await browser.close(); await server.close();
