import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/catalog-schema';
import { clickableParts, planLayerId } from '../../src/map/layers/plan-layers';
import { axeViolations } from './support/axe';
import { addressWritten, waitForMapIdle } from './support/browser';
import { artifacts, useHarness } from './support/harness';
import { bboxOf, labelPointOf } from './support/map-points';
import { layoutProblems } from './support/phone-layout';

const harness = useHarness();
const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
const zoneName = (id: string) => catalog.zones.find((z) => z.id === id)!.name.zh;

const phones = [
  { name: '360x640', viewport: { width: 360, height: 640 } },
  { name: '390x844', viewport: { width: 390, height: 844 } },
  { name: '844x390', viewport: { width: 844, height: 390 } },
];

const head = (page: Page) => page.getByTestId('sheet-head');
const headTitle = (page: Page) => head(page).locator('.sheet-head__title');
const raiseSheet = (page: Page) => head(page).locator('.sheet-head__toggle').tap();
const shot390 = (page: Page, view: string) => page.screenshot({ path: `${artifacts}/phone-390x844-${view}.png` });
const sheetScroll = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.sheet')!.scrollTop);

/** The part of the map no panel covers, in page pixels: below the header, above or beside the sheet. */
function visibleMap(page: Page) {
  return page.evaluate(() => {
    const map = window.__suzhouMap!.getContainer().getBoundingClientRect();
    const header = document.querySelector('.header')!.getBoundingClientRect();
    const panel = document.querySelector('.sheet__panel')!.getBoundingClientRect();
    const beside = panel.width < map.width * 0.9;
    return {
      left: beside ? panel.right : map.left,
      top: Math.max(map.top, header.bottom),
      right: map.right,
      bottom: beside ? map.bottom : Math.min(map.bottom, panel.top),
    };
  });
}

/** Waits until the camera has stopped and the map has drawn the result. */
async function settled(page: Page) {
  await page.waitForFunction(() => !window.__suzhouMap!.isMoving(), undefined, { timeout: 15_000 });
  await waitForMapIdle(page);
}

/** A one-finger swipe, or a two-finger pinch, as the phone's touch screen sends it. */
async function touchMove(cdp: CDPSession, from: { x: number; y: number }[], to: { x: number; y: number }[]) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: from });
  for (let i = 1; i <= 4; i++) {
    const points = from.map((p, k) => ({ x: p.x + ((to[k]!.x - p.x) * i) / 4, y: p.y + ((to[k]!.y - p.y) * i) / 4 }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe.each(phones)('on a phone at $name', ({ name, viewport }) => {
  const shot = (page: Page, view: string) => page.screenshot({ path: `${artifacts}/phone-${name}-${view}.png` });
  /** axe runs at one size: the rules do not depend on it, and each run costs seconds. */
  const withAxe = name === '390x844';
  const withTouch = name === '390x844';

  it('fits the screen with thumb-sized targets everywhere: the sheet at each height, every tab, the menu, search, the layer sheet, English', async () => {
    const page = await harness.openApp('?plans=wz-services-2021,snd-2021&zone=wz-east', viewport, 'phone');
    const layout: Record<string, string[]> = {};
    const axe: Record<string, string[]> = {};
    const check = async (state: string, runAxe = false) => {
      await page.waitForTimeout(150);
      layout[state] = await layoutProblems(page);
      if (withAxe && runAxe) axe[state] = await axeViolations(page);
    };
    await check('sheet lowered', true);
    await shot(page, 'peek');
    await raiseSheet(page);
    await check('sheet at half', true);
    await shot(page, 'half');
    await raiseSheet(page);
    await check('zone card, full');
    for (const tab of ['产业', '矩阵', '对比', '目录']) {
      await page.getByRole('tab', { name: tab }).tap();
      await check(`${tab}, full`);
    }
    // From the top, a tap on the head brings the sheet down to the map and its buttons.
    await raiseSheet(page);
    expect(await sheetScroll(page)).toBe(0);
    await page.getByTestId('menu-open').tap();
    await check('menu', true);
    await shot(page, 'menu');
    await page.keyboard.press('Escape');
    await page.getByTestId('search-open').tap();
    await page.keyboard.type('金融');
    await check('search', true);
    // The box's own Escapes close its list and empty it; the next closes the field.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.getByTestId('search-open').waitFor();
    await page.getByTestId('layers-button').tap();
    await check('layer sheet', true);
    await shot(page, 'layers');
    await page.keyboard.press('Escape');
    await page.getByTestId('menu-open').tap();
    await page.getByRole('button', { name: 'English' }).tap();
    await page.keyboard.press('Escape');
    await raiseSheet(page);
    await page.getByRole('tab', { name: 'Zone' }).tap();
    await check('English, zone card', true);
    await shot(page, 'en');
    expect(layout).toEqual(Object.fromEntries(Object.keys(layout).map((state) => [state, []])));
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((state) => [state, []])));
    await page.close();
  });

  it('opens a zone= link with the sheet lowered and the zone whole above it; a tap on the canvas shows its name; back lowers the sheet, then clears the zone', async () => {
    const linked = 'snd-tech-ecology';
    const [west, south, east, north] = bboxOf(linked);
    // The link's view has the zone low on the screen, where a phone's sheet lies.
    const page = await harness.openApp(`?plans=snd-2021&zone=${linked}&view=${((west + east) / 2).toFixed(4)},${(north + 0.09).toFixed(4)},11`, viewport, 'phone');
    await settled(page);
    expect(await sheetScroll(page)).toBe(0);
    expect(await headTitle(page).textContent()).toBe(zoneName(linked));
    const visible = await visibleMap(page);
    const drawn = await page.evaluate(
      ({ zoneId, bbox }) => {
        const map = window.__suzhouMap!;
        const canvas = map.getCanvas().getBoundingClientRect();
        const { x, y } = canvas;
        const rendered = map.queryRenderedFeatures().filter((f) => f.id === zoneId || f.properties?.id === zoneId);
        const sw = map.project([bbox[0], bbox[1]]);
        const ne = map.project([bbox[2], bbox[3]]);
        return { count: rendered.length, left: x + sw.x, right: x + ne.x, top: y + ne.y, bottom: y + sw.y };
      },
      { zoneId: linked, bbox: [west, south, east, north] },
    );
    expect(drawn.count).toBeGreaterThan(0);
    expect(drawn.left).toBeGreaterThanOrEqual(visible.left - 1);
    expect(drawn.right).toBeLessThanOrEqual(visible.right + 1);
    expect(drawn.top).toBeGreaterThanOrEqual(visible.top - 1);
    expect(drawn.bottom).toBeLessThanOrEqual(visible.bottom + 1);
    await shot(page, 'link');

    // Put the zone away, then tap it again on the canvas, at a point of the visible map where it lies alone
    // under a thumb (no smaller zone inside it, no neighbour).
    await head(page).getByRole('button', { name: '关闭' }).tap();
    await expect.poll(() => headTitle(page).textContent()).toBe('轻触地图上的区域');
    const target = await page.evaluate(
      ({ area, zoneId, layers }) => {
        const map = window.__suzhouMap!;
        const canvas = map.getCanvas().getBoundingClientRect();
        for (let row = 1; row < 20; row++) {
          for (let col = 1; col < 20; col++) {
            const x = area.left + ((area.right - area.left) * col) / 20 - canvas.x;
            const y = area.top + ((area.bottom - area.top) * row) / 20 - canvas.y;
            // The zones a tap selects from (the layers of src/map/layers/plan-layers.ts's clickableParts), under
            // the point and in a thumb's width around it.
            const zonesIn = (r: number) => {
              const box: [[number, number], [number, number]] = [
                [x - r, y - r],
                [x + r, y + r],
              ];
              return [...new Set(map.queryRenderedFeatures(box, { layers }).map((f) => String(f.properties?.id)))];
            };
            const ids = zonesIn(2);
            if (ids.length === 1 && ids[0] === zoneId && zonesIn(16).length === 1) return { x: canvas.x + x, y: canvas.y + y };
          }
        }
        return undefined;
      },
      { area: visible, zoneId: linked, layers: clickableParts.map(planLayerId) },
    );
    expect(target).toBeDefined();
    await page.touchscreen.tap(target!.x, target!.y);
    await expect.poll(() => headTitle(page).textContent()).toBe(zoneName(linked));
    await addressWritten(page);
    const title = (await headTitle(page).boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(0);
    expect(title.y + title.height).toBeLessThanOrEqual(viewport.height);

    await raiseSheet(page);
    await expect.poll(() => sheetScroll(page)).toBeGreaterThan(0);
    await addressWritten(page);
    await page.goBack();
    await expect.poll(() => sheetScroll(page)).toBe(0);
    expect(await headTitle(page).textContent()).toBe(zoneName(linked));
    await page.goBack();
    await expect.poll(() => headTitle(page).textContent()).toBe('轻触地图上的区域');
    expect(new URL(page.url()).searchParams.has('zone')).toBe(false);

    // One finger pans the map, two zoom it, and the page itself never moves (at one size: each touch step
    // redraws the map in software).
    if (!withTouch) return page.close();
    const cdp = await page.context().newCDPSession(page);
    const camera = () => page.evaluate(() => ({ ...window.__suzhouMap!.getCenter(), zoom: window.__suzhouMap!.getZoom() }));
    const middle = { x: (visible.left + visible.right) / 2, y: (visible.top + visible.bottom) / 2 };
    const before = await camera();
    await touchMove(cdp, [middle], [{ x: middle.x - 60, y: middle.y - 40 }]);
    await settled(page);
    const panned = await camera();
    expect(panned.lng).toBeGreaterThan(before.lng);
    expect(panned.lat).toBeLessThan(before.lat);
    await touchMove(
      cdp,
      [{ x: middle.x - 20, y: middle.y - 20 }, { x: middle.x + 20, y: middle.y + 20 }],
      [{ x: middle.x - 60, y: middle.y - 60 }, { x: middle.x + 60, y: middle.y + 60 }],
    );
    await settled(page);
    expect((await camera()).zoom).toBeGreaterThan(panned.zoom + 0.5);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY, document.documentElement.scrollWidth <= window.innerWidth])).toEqual([0, 0, true]);
    await page.close();
  });
});

describe('on a phone on a slow network', () => {
  it("names a zone tapped on the canvas at once, while the links across plans (the card's contents) are still on their way", async () => {
    const page = await harness.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    let releaseLinks!: () => void;
    const linksHeld = new Promise<void>((resolve) => (releaseLinks = resolve));
    let linksAsked = false;
    await page.route('**/data/catalog-links.json', async (route) => {
      linksAsked = true;
      await linksHeld;
      await route.continue();
    });
    await page.goto(harness.url);
    await waitForMapIdle(page);
    const zoneId = 'sz-county-changshu';
    const point = await page.evaluate((lngLat) => {
      const map = window.__suzhouMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const p = map.project(lngLat);
      return { x: canvas.x + p.x, y: canvas.y + p.y, aboveSheet: canvas.y + p.y < document.querySelector('.sheet__panel')!.getBoundingClientRect().top - 8 };
    }, labelPointOf(zoneId) as [number, number]);
    expect(point.aboveSheet).toBe(true);
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => headTitle(page).textContent()).toBe(zoneName(zoneId));
    expect(await head(page).textContent()).toContain('县域');
    // The links are asked for (by the tap's card, or the first view's idle work) and held until released.
    await expect.poll(() => linksAsked, { timeout: 10_000 }).toBe(true);
    await shot390(page, 'tap-before-links');
    releaseLinks();
    await expect.poll(() => page.getByTestId('zone-card').locator('h2').textContent(), { timeout: 20_000 }).toBe(zoneName(zoneId));
    await page.close();
  });
});

describe('on a phone, the matrix and the presenter', () => {
  it('scrolls the matrix sideways inside its panel, not the page', async () => {
    const page = await harness.openApp('?plans=wz-services-2021,snd-2021&panel=matrix&lang=en', { width: 360, height: 640 }, 'phone');
    const cdp = await page.context().newCDPSession(page);
    await raiseSheet(page);
    await raiseSheet(page);
    await page.getByRole('button', { name: /Top 12/ }).tap();
    const table = page.locator('.matrix__scroll');
    await table.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await table.boundingBox())!;
    const y = Math.min(Math.max(box.y + 60, 260), box.y + box.height - 20, 600);
    await touchMove(cdp, [{ x: 300, y }], [{ x: 80, y }]);
    await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
    expect(await page.evaluate(() => [window.scrollX, document.documentElement.scrollWidth <= window.innerWidth])).toEqual([0, true]);
    await page.close();
  });

  it('presents upright with the slide under the map and the step buttons in reach', async () => {
    const page = await harness.openApp('?mode=present&tour=wz-services-2021', { width: 390, height: 844 }, 'phone');
    await page.getByTestId('present-card').waitFor();
    const map = (await page.locator('.app__map').boundingBox())!;
    const card = (await page.locator('.present__card').boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(await layoutProblems(page)).toEqual([]);
    await page.getByRole('button', { name: '下一步' }).tap();
    await expect.poll(() => page.getByTestId('present-step').textContent()).toMatch(/^2/);
    expect(await page.getByTestId('present-card').getByRole('heading', { level: 2 }).textContent()).toBe(zoneName('wz-central'));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/phone-present.png` });
    await page.close();
  });
});
