import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle, watchPage } from './support/browser';
import { useHarness } from './support/harness';

const harness = useHarness();

const openApp = harness.openApp;

const card = (page: Page) => page.getByTestId('present-card');
const title = (page: Page) => card(page).getByRole('heading', { level: 2 }).textContent();
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

/** Resolves once the camera has come to rest after the latest step (framing animates). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await waitForMapIdle(page);
}

describe('presentation mode', () => {
  it('steps through a tour with a presenter remote and leaves with Escape', async () => {
    const page = await openApp('?mode=present&tour=wz-services-2021');
    const watch = watchPage(page, new URL(harness.url).origin);
    await card(page).waitFor();
    expect(await title(page)).toBe('东部片区');
    expect(await page.locator('.header').isVisible()).toBe(false);
    expect(await page.getByTestId('layer-panel').isVisible()).toBe(false);

    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3');
    expect(await title(page)).toBe('西部片区');
    expect(await page.getByTestId('present-step').textContent()).toBe('3 / 3');
    expect(new URL(page.url()).searchParams.get('zone')).toBe('wz-west');
    const selected = await page.evaluate(
      () => window.__suzhouMap!.getFeatureState({ source: 'plan:wz-services-2021', id: 'wz-west' }).selected,
    );
    expect(selected).toBe(true);

    await page.keyboard.press('Escape');
    await page.getByTestId('zone-card').waitFor();
    expect(await page.getByTestId('present').count()).toBe(0);
    expect(await page.locator('.header').isVisible()).toBe(true);
    expect(await page.getByTestId('zone-card').getByRole('heading', { level: 2 }).textContent()).toBe('西部片区');
    expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reopens the same step from a shared link', async () => {
    const page = await openApp('?mode=present&tour=wz-services-2021&step=2');
    await card(page).waitFor();
    expect(await title(page)).toBe('中部片区');
    expect(await page.getByTestId('present-step').textContent()).toBe('2 / 3');
    await page.reload();
    await waitForMapIdle(page);
    await card(page).waitFor();
    expect(await title(page)).toBe('中部片区');
    expect(stepParam(page)).toBe('2');
    await page.close();
  });

  it('starts the first tour with a notice when the link names no such tour', async () => {
    const page = await openApp('?mode=present&tour=no-such-tour&step=9');
    await card(page).waitFor();
    expect(await page.getByTestId('notices').textContent()).toMatch(/no-such-tour/);
    expect(await page.getByTestId('present-step').textContent()).toMatch(/^1 \/ /);
    expect(stepParam(page)).toBe('1');
    await page.close();
  });

  for (const [name, viewport] of [
    ['landscape', { width: 1920, height: 1080 }],
    ['portrait', { width: 1080, height: 1920 }],
  ] as const) {
    it(`looks like a slide over the map, ${name}`, async () => {
      const page = await openApp('?mode=present&tour=sz-services-2021&step=6', viewport);
      await card(page).waitFor();
      await settle(page);
      const box = (await card(page).boundingBox())!;
      expect(box.width).toBeGreaterThan(viewport.width * (name === 'portrait' ? 0.8 : 0.3));
      const buttons = await page.getByRole('navigation').getByRole('button', { name: /Previous|Next|上一步|下一步/ }).all();
      for (const button of buttons) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(56);
      const fontSize = await card(page).getByRole('heading', { level: 2 }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(40);
      await page.screenshot({ path: `test-artifacts/present-${name}.png` });
      await page.close();
    });
  }
});
