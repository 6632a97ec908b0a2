import { launchBrowser, waitForMapIdle } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';
const server = await startPreview();
const browser = await launchBrowser();
for (const phone of [false, true]) {
  const page = await browser.newPage(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport: { width: 1920, height: 1080 } });
  const t0 = Date.now();
  const rows: string[] = [];
  page.on('request', (r) => rows.push(`${String(Date.now() - t0).padStart(6)} ${r.resourceType().padEnd(10)} ${r.url().replace(server.url, '/')}`));
  page.on('console', (m) => rows.push(`       console.${m.type()}: ${m.text().slice(0, 200)}`));
  await page.goto(server.url + (process.argv[2] ?? ''));
  await waitForMapIdle(page);
  rows.push(`${String(Date.now() - t0).padStart(6)} ---- map idle`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
  console.log(phone ? '== phone' : '== desktop');
  console.log(rows.join('\n'));
  await page.close();
}
await browser.close();
await server.close();
