import { it } from 'vitest';
import { launchBrowser, waitForMapIdle } from '/work/main/tests/e2e/support/browser';
import { startPreview } from '/work/main/tests/e2e/support/server';

it('shots', async () => {
  const server = await startPreview();
  const browser = await launchBrowser();
  const shots: [string, string, number, number][] = [
    ['wz-west-en', '?mode=present&tour=wz-services-2021&step=3&lang=en', 1920, 1080],
    ['overview-4', '?mode=present&tour=overview&step=4', 1920, 1080],
    ['snd-park', '?mode=present&tour=snd-2021&step=5&lang=en', 1080, 1920],
    ['industry', '?mode=present&tour=sz-industry-2016&step=6', 1920, 1080],
  ];
  for (const [name, q, width, height] of shots) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${server.url}${q}`);
    await waitForMapIdle(page);
    await page.getByTestId('present-card').waitFor();
    await page.waitForTimeout(1500);
    await waitForMapIdle(page);
    await page.screenshot({ path: `/tmp/shot-${name}.png` });
    await page.close();
  }
  await browser.close();
  await server.close();
}, 120000);
