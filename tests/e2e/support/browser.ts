import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a closed network and give it WebGL through SwiftShader. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors, page errors and every request that leaves the app's own origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watch.foreignRequests.push(url);
    }
  });
  return watch;
}

/** Resolves when the app's map has loaded its style and finished drawing (the `idle` event). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__suzhouMap), undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__suzhouMap!;
        // A lens reaches the map a frame after its panel: what the page asked of the map is applied first.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            map.once('idle', () => resolve());
            // A map that is already idle fires `idle` again after one more frame.
            map.triggerRepaint();
          }),
        );
      }),
  );
}

/**
 * Adds a stylesheet to the page for a test's own purposes (a faint colour to catch, a map shrunk out of the
 * way). Through the CSSOM, as the app's policy has it: a <style> element (page.addStyleTag) would be refused.
 */
export async function addTestStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

/**
 * Waits until the address bar has what the app shows: the app writes it once the frame after a change is
 * painted (src/app/after-next-paint.ts), so a test that reads the URL, or goes back, right after an action waits
 * for that frame first.
 */
export async function addressWritten(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
