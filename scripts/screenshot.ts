import { mkdirSync } from 'node:fs';
import { launchBrowser, waitForMapIdle } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';

/**
 * `npm run screenshot [-- query]`: photographs the built app at the sizes the product is designed for
 * (1920×1080, 1080×1920) into test-artifacts/, e.g. `npm run screenshot -- "?zone=wz-east"`.
 */
const query = process.argv[2] ?? '';
const sizes = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
];

mkdirSync('test-artifacts', { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
try {
  for (const { name, width, height } of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] ${m.text()}`));
    await page.goto(`${server.url}${query}`);
    await waitForMapIdle(page);
    const path = `test-artifacts/screenshot-${name}.png`;
    await page.screenshot({ path });
    console.log(path);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
