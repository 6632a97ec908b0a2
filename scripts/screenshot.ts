import { mkdirSync } from 'node:fs';
import { launchBrowser, waitForMapIdle } from '../tests/e2e/support/browser';
import { startPreview } from '../tests/e2e/support/server';

/**
 * `npm run screenshot -- <name>=<query> …`: photographs the built app at the sizes the product is designed for
 * (1920×1080, 1080×1920, a 390×844 phone and a 1280×800 laptop) into test-artifacts/ (or $SHOTS_DIR), e.g.
 * `npm run screenshot -- card-en='?zone=snd-tech-ecology&lang=en'`. $SIZES picks sizes: `SIZES=phone,landscape`.
 */
const outDir = process.env.SHOTS_DIR ?? 'test-artifacts';
const specs = process.argv.slice(2).length ? process.argv.slice(2) : ['screenshot='];
const sizes = [
  { size: 'landscape', viewport: { width: 1920, height: 1080 }, mobile: false },
  { size: 'portrait', viewport: { width: 1080, height: 1920 }, mobile: false },
  { size: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
  { size: 'laptop', viewport: { width: 1280, height: 800 }, mobile: false },
];
const only = process.env.SIZES?.split(',');

mkdirSync(outDir, { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
try {
  for (const spec of specs) {
    const [name, query = ''] = spec.includes('=') ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)] : [spec, ''];
    for (const { size, viewport, mobile } of sizes.filter((s) => !only || only.includes(s.size))) {
      const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && console.error(`[${name}/${size}] ${m.text()}`));
      await page.goto(`${server.url}${query}`);
      await waitForMapIdle(page);
      await page.waitForTimeout(Number(process.env.SETTLE ?? 600));
      const path = `${outDir}/${name}-${size}.png`;
      await page.screenshot({ path });
      console.log(path);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
