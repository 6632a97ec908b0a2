import { launchBrowser, waitForMapIdle } from './tests/e2e/support/browser';
import { startPreview } from './tests/e2e/support/server';
const out = '/tmp/i10/s2';
const server = await startPreview();
const browser = await launchBrowser();
async function open(q: string, vp = { width: 390, height: 844 }) {
  const context = await browser.newContext({ viewport: vp, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${server.url}${q}`);
  await waitForMapIdle(page);
  await page.waitForTimeout(500);
  return page;
}
const shot = async (page: any, name: string) => { await page.waitForTimeout(900); await page.screenshot({ path: `${out}/${name}.png` }); console.log(name); };
const steps = (process.argv[2] ?? 'all').split(',');
const want = (s: string) => steps.includes('all') || steps.includes(s);
if (want('half')) {
  const p = await open('?plans=wz-services-2021&zone=wz-east');
  await p.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
  await shot(p, 'half');
  await p.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
  await shot(p, 'full');
  await p.evaluate(() => document.querySelector('.sheet')!.scrollBy(0, 600));
  await shot(p, 'full-scrolled');
}
if (want('tabs')) {
  const p = await open('?plans=wz-services-2021,snd-2021&panel=matrix');
  await p.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
  await p.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
  await shot(p, 'matrix-full');
  await p.getByRole('tab', { name: '产业' }).tap();
  await shot(p, 'lens-full');
  await p.getByRole('tab', { name: '目录' }).tap();
  await shot(p, 'list-full');
  await p.getByRole('tab', { name: '对比' }).tap();
  await shot(p, 'compare-full');
}
if (want('menu')) {
  const p = await open('?plans=wz-services-2021&zone=wz-east');
  await p.getByTestId('menu-open').tap();
  await shot(p, 'menu');
  await p.keyboard.press('Escape');
  await p.getByTestId('layers-button').tap();
  await shot(p, 'layers');
  await p.keyboard.press('Escape');
  await p.getByTestId('search-open').tap();
  await p.keyboard.type('金融');
  await shot(p, 'search');
}
if (want('land')) {
  const p = await open('?plans=wz-services-2021&zone=wz-east', { width: 844, height: 390 });
  await shot(p, 'land-peek');
  await p.getByTestId('sheet-head').locator('.sheet-head__toggle').tap();
  await shot(p, 'land-half');
  const q = await open('?plans=wz-services-2021&zone=wz-east&lang=en', { width: 360, height: 640 });
  await shot(q, 'small-en');
}
if (want('present')) {
  const p = await open('?mode=present&tour=wz-services-2021');
  await shot(p, 'present');
  const q = await open('?mode=present&tour=wz-services-2021&lang=en', { width: 360, height: 640 });
  await shot(q, 'present-small-en');
}
await browser.close(); await server.close();
