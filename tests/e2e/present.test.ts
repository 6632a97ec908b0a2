import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/data/catalog-schema';
import { waitForMapIdle, watchPage } from './support/browser';
import { boxOf, overlaps, settle as settleCamera, zoneOnScreen, type ScreenBox } from './support/framing';
import { zoneFlags, zoneRendered } from './support/plans-drawn';
import { useHarness } from './support/harness';

const harness = useHarness();

const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));

/** What one step shows: the map's bounds, the step's zone on screen, the caption's box, the zone rendered. */
async function stepView(page: Page) {
  await settleCamera(page);
  const zoneId = new URL(page.url()).searchParams.get('zone')!;
  const planId = catalog.zones.find((z) => z.id === zoneId)!.planId;
  const bounds = await page.evaluate(() => window.__suzhouMap!.getBounds().toArray().flat());
  const caption: ScreenBox | undefined = (await page.getByTestId('present-caption').count()) ? await boxOf(page, '[data-testid="present-caption"]') : undefined;
  return { zoneId, bounds, zone: await zoneOnScreen(page, zoneId), caption, rendered: await zoneRendered(page, planId, zoneId) };
}

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
    expect((await zoneFlags(page, 'wz-west')).selected).toBe(true);

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
    // Read the notice as soon as it shows: it leaves by itself after a while.
    const page = await harness.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${harness.url}?mode=present&tour=no-such-tour&step=9`);
    expect(await page.getByTestId('notices').textContent()).toMatch(/no-such-tour/);
    await card(page).waitFor();
    expect(await page.getByTestId('present-step').textContent()).toMatch(/^1 \/ /);
    expect(stepParam(page)).toBe('1');
    await page.close();
  });

  it('frames each step of the 高新区 tour on its own zone, clear of the caption, and gives the layers back after', async () => {
    const page = await openApp('?plans=sz-services-2021&mode=present&tour=snd-2021&step=3');
    await card(page).waitFor();
    const views = [];
    for (let i = 0; i < 4; i++) {
      views.push(await stepView(page));
      await page.keyboard.press('ArrowRight');
    }
    expect(views.map((v) => v.zoneId)).toEqual(['snd-tech-ecology', 'snd-taihu-science-city', 'snd-shishan-finance-cluster', 'snd-suzhou-finance-town']);
    const map = await boxOf(page, '.maplibregl-canvas');
    for (const [i, view] of views.entries()) {
      expect(view.rendered, view.zoneId).toEqual({ visible: true, rendered: true });
      expect(view.caption, view.zoneId).toBeDefined();
      expect(overlaps(view.zone, view.caption!), `${view.zoneId} under the caption`).toBe(false);
      expect(view.zone.left, view.zoneId).toBeGreaterThanOrEqual(map.left - 1);
      expect(view.zone.right, view.zoneId).toBeLessThanOrEqual(map.right + 1);
      if (i > 0) expect(view.bounds, `${view.zoneId} framed like the step before`).not.toEqual(views[i - 1]!.bounds);
    }
    // A 10 km² park fills a good part of the map, not a speck in a frame of the whole city.
    const park = views[1]!.zone;
    expect(park.right - park.left).toBeGreaterThan((map.right - map.left) * 0.25);
    await page.screenshot({ path: 'test-artifacts/present-park.png' });

    await page.keyboard.press('Escape');
    await page.getByTestId('zone-card').waitFor();
    const toggle = (name: string) => page.getByTestId('layer-panel').getByRole('checkbox', { name: new RegExp(name) });
    expect(await toggle('一环两轴四带').isChecked()).toBe(true);
    // The last step's zone is still picked: its plan stays on for it, marked as such, until it is cleared.
    expect(await page.getByTestId('layer-revealed').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await toggle('三区多园').isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get('plans')).toBe('sz-services-2021');
    await page.close();
  }, 120_000);

  it('presents the industry lens’s places, one slide each in plan order, naming the industry', async () => {
    const page = await openApp('?plans=sz-services-2021&industry=medical-devices&panel=lens');
    await page.getByTestId('present-these').click();
    await card(page).waitFor();
    const carriers = new Map(catalog.carriers.map((c) => [c.id, c]));
    const planOrder = catalog.plans.map((p) => p.id);
    // The lens's places: zones assigned the industry, directly or through a carrier, and the parks of those zones.
    const has = (zoneId: string | undefined) => {
      const z = catalog.zones.find((candidate) => candidate.id === zoneId);
      return Boolean(z && (z.industryIds.includes('medical-devices') || z.carrierIds.some((id) => carriers.get(id)?.industryIds.includes('medical-devices'))));
    };
    const expected = catalog.zones
      .filter((z) => has(z.id) || has(z.parentId))
      .sort((a, b) => planOrder.indexOf(a.planId) - planOrder.indexOf(b.planId));
    expect(await page.getByTestId('present-step').textContent()).toBe(`1 / ${expected.length}`);
    const seen = [];
    for (const zone of expected) {
      const view = await stepView(page);
      seen.push(await title(page));
      expect(await page.getByTestId('present-caption').textContent(), zone.id).toMatch(/^医疗器械/);
      // A park there through its parent zone says so in the caption; one with the industry shows it first.
      if (has(zone.id)) expect(await card(page).locator('.present-chip--topic').textContent(), zone.id).toMatch(/^医疗器械/);
      else expect(await page.getByTestId('present-caption').textContent(), zone.id).toMatch(/经由所属区域/);
      expect(view.rendered, zone.id).toEqual({ visible: true, rendered: true });
      await page.keyboard.press('PageDown');
    }
    expect(seen).toEqual(expected.map((z) => z.name.zh));
    expect(new URL(page.url()).searchParams.get('tour')).toBe('industry-medical-devices');
    await page.screenshot({ path: 'test-artifacts/present-industry.png' });
    await page.close();
  }, 150_000);

  it('keeps the credits at the bottom edge of the map on a phone, off the zones it frames', async () => {
    const page = await openApp('?mode=present&tour=sz-services-2021&step=1&lang=en', { width: 390, height: 844 }, 'phone');
    await card(page).waitFor();
    const map = await boxOf(page, '[data-testid="map"]');
    const credits = await boxOf(page, '.attribution');
    expect(credits.bottom).toBeLessThanOrEqual(map.bottom);
    expect(map.bottom - credits.bottom).toBeLessThan(16);
    await page.screenshot({ path: 'test-artifacts/present-phone.png' });
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
