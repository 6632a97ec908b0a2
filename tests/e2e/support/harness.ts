import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, waitForMapIdle } from './browser';
import { collectPolicyViolations, type PolicyViolation } from './policy-violations';
import { startPreview } from './server';

export const artifacts = 'test-artifacts';

/**
 * The window a test opens the app in unless it names one: a laptop's. The layouts at 1920×1080, on portrait
 * screens and on phones are tested where they are the subject; elsewhere a smaller canvas spares the software
 * GPU about a third of every page's start and of every camera flight.
 */
export const laptop = { width: 1280, height: 800 };

export interface Harness {
  browser: Browser;
  /** The preview server's address, ending in `/`. */
  url: string;
  /**
   * A new page on the app at `query`, once its map is idle. `phone` emulates a touch phone (scale 2) that
   * prefers reduced motion, so that the camera and the sheet arrive at once instead of animating in software.
   */
  openApp: (query: string, viewport?: { width: number; height: number }, device?: 'phone') => Promise<Page>;
  /** What the Content-Security-Policy refused so far in this test, taken so that the test may expect it. */
  takePolicyViolations: () => PolicyViolation[];
}

/**
 * One preview server of the production build and one Chromium per test file, both closed after it. Every
 * test also fails on anything the Content-Security-Policy refused in any page it opened.
 */
export function useHarness(): Harness {
  let server: Awaited<ReturnType<typeof startPreview>> | undefined;
  let violations: PolicyViolation[] = [];
  const harness: Harness = {
    browser: undefined as unknown as Browser,
    url: '',
    openApp: async (query, viewport = laptop, device) => {
      const phone = device === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' as const } : {};
      const page = await harness.browser.newPage({ viewport, ...phone });
      await page.goto(`${harness.url}${query}`);
      await waitForMapIdle(page);
      return page;
    },
    takePolicyViolations: () => violations.splice(0),
  };
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startPreview();
    harness.url = server.url;
    harness.browser = await launchBrowser();
    violations = collectPolicyViolations(harness.browser);
  });
  afterEach(() => {
    const seen = harness.takePolicyViolations();
    expect(seen, 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await server?.close();
  });
  return harness;
}
