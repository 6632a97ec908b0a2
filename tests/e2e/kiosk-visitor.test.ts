import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kioskType } from '../../src/config/kiosk';
import { axeViolations } from './support/axe';
import { waitForMapIdle } from './support/browser';
import { settle } from './support/framing';
import { crossingOf, labelPointOf } from './support/map-points';
import { drawnLayers, planDrawn } from './support/plans-drawn';
import { artifacts, useHarness } from './support/harness';

const harness = useHarness();


interface TourJson {
  id: string;
  planIds: string[];
  attract?: boolean;
  steps: { zoneId: string }[];
}
const playlist = (JSON.parse(readFileSync('public/data/tours.json', 'utf8')) as TourJson[]).filter((tour) => tour.attract);
const planOfStep = (zoneId: string) => playlist.find((tour) => tour.steps.some((step) => step.zoneId === zoneId))!.planIds[0];

/** A touch screen that prefers no motion, so camera moves are jumps and timings are the kiosk's own. */
async function openKiosk(query: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await harness.browser.newContext({ viewport, hasTouch: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${harness.url}${query}`);
  await waitForMapIdle(page);
  return page;
}

const attract = (page: Page) => page.getByTestId('kiosk-attract');
const card = (page: Page) => page.getByTestId('visitor-card');

/** The first touch only stops the attract loop; it is swallowed up to its emulated click, which comes a little after. */
async function firstTouch(page: Page, x = 20, y = 20): Promise<void> {
  await page.touchscreen.tap(x, y);
  await attract(page).waitFor({ state: 'detached' });
  await page.waitForTimeout(400);
}

/** Taps the real canvas where a coordinate is drawn. */
async function tapMapAt(page: Page, [lng, lat]: number[]): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.touchscreen.tap(box.x + point.x, box.y + point.y);
}

interface TypeSizes {
  /** The smallest text on the kiosk's own panels and overlays, in CSS pixels as drawn (zoom included). */
  body: { px: number; text: string };
  /** The smallest title or card heading. */
  heading: { px: number; text: string };
  /** The smallest industry chip. */
  chip: number;
  /** The smallest map label drawn (`text-size`, the label scale included). */
  mapLabel: { px: number; text: string };
}

/** Measures every piece of text a visitor sees on the kiosk's panels, and every label the map draws. */
function typeSizes(page: Page): Promise<TypeSizes> {
  return page.evaluate(() => {
    const drawnPx = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const ownText = (el: Element) =>
      [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
    const panels = document.querySelectorAll('.kiosk-header, .kiosk-plans, .kiosk-legend, .kiosk-panel, .kiosk-attract');
    const texts = [...panels].flatMap((panel) => [panel, ...panel.querySelectorAll('*')]).filter((el) => ownText(el) && shown(el));
    const smallest = (els: Element[]) =>
      els.map((el) => ({ px: drawnPx(el), text: ownText(el).slice(0, 24) })).reduce((a, b) => (b.px < a.px ? b : a), { px: Infinity, text: '' });
    const map = window.__suzhouMap!;
    const symbolLayers = map.getLayersOrder().filter((id) => map.getLayer(id)!.type === 'symbol');
    const labels = map.queryRenderedFeatures({ layers: symbolLayers }).map((feature) => ({
      px: Number((feature.layer.layout as Record<string, unknown> | undefined)?.['text-size']),
      text: `${feature.layer.id}: ${String(feature.properties.name_zh ?? feature.properties.id ?? '')}`,
    }));
    return {
      body: smallest(texts),
      heading: smallest(texts.filter((el) => /^H[12]$/.test(el.tagName))),
      chip: Math.min(...[...document.querySelectorAll('.visitor-chip')].map(drawnPx)),
      mapLabel: labels.reduce((a, b) => (b.px < a.px ? b : a), { px: Infinity, text: 'no label drawn' }),
    };
  });
}

/** Type for a passer-by 1.5 m away (src/config/kiosk.ts), at `scale` times a 1080 px short side. */
function expectReadable(sizes: TypeSizes, scale: number): void {
  expect(sizes.body.px, `smallest text: ${sizes.body.text}`).toBeGreaterThanOrEqual(kioskType.bodyPx * scale);
  expect(sizes.heading.px, `smallest heading: ${sizes.heading.text}`).toBeGreaterThanOrEqual(kioskType.headingPx * scale);
  expect(sizes.chip).toBeGreaterThanOrEqual(kioskType.bodyPx * scale);
  expect(sizes.chip).toBeLessThan(Infinity);
  expect(sizes.mapLabel.px, `smallest map label: ${sizes.mapLabel.text}`).toBeGreaterThanOrEqual(kioskType.mapLabelPx * scale);
  expect(sizes.mapLabel.px).toBeLessThan(Infinity);
}

describe('the kiosk for a passer-by', () => {
  it.each([
    { name: 'portrait', width: 1080, height: 1920 },
    { name: 'landscape', width: 1920, height: 1080 },
    { name: '4k', width: 3840, height: 2160 },
  ])('sets type to be read from 1.5 m at $width×$height', { timeout: 180_000 }, async ({ name, width, height }) => {
    const scale = Math.min(width, height) / 1080;
    const page = await openKiosk('?mode=kiosk&idle=600&attract=600', { width, height });
    await attract(page).waitFor();
    await card(page).waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}/kiosk-attract-card-${name}.png` });
    expectReadable(await typeSizes(page), scale);

    // After the first touch: the hint, the key and the card, in both languages.
    await firstTouch(page);
    await page.getByTestId('kiosk-hint').first().waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}/kiosk-visitor-${name}.png` });
    expectReadable(await typeSizes(page), scale);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'Suzhou Spatial Plan Map' }).waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}/kiosk-visitor-${name}-en.png` });
    expectReadable(await typeSizes(page), scale);
    await page.context().close();
  });

  it('tells one plan’s story at a time, the camera moving from zone to zone clear of the caption', { timeout: 180_000 }, async () => {
    const page = await openKiosk('?mode=kiosk&idle=600&attract=2', { width: 1920, height: 1080 });
    await attract(page).waitFor();
    // Every step once the camera has arrived on it (the map says so on its container): the zone, the camera,
    // the plans whose layers are on, and where the attract loop's captions are.
    const steps = await page.evaluate(async ([count, layers]) => {
      const map = window.__suzhouMap!;
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
      const seen: { zone: string; center: number[]; zoom: number; plans: string[]; covers: DOMRect[] }[] = [];
      for (const end = Date.now() + 100_000; seen.length < count && Date.now() < end; ) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        const zone = new URL(location.href).searchParams.get('zone');
        // The address bar is written a frame after the camera arrives: on a slow page it can still name the step
        // before while the camera is on the next, so the zone must also be the one the map says it framed.
        const { framing, framedZones = '' } = map.getContainer().dataset;
        if (!zone || zone === seen.at(-1)?.zone || framing !== 'done' || !framedZones.split(' ').includes(zone)) continue;
        // The plans whose zones are rendered in view (each zone carries its plan's id), read once the step's own
        // zone is drawn: its plan's features have arrived and the plans' filters have been laid out.
        const drawn = map.queryRenderedFeatures({ layers });
        if (!drawn.some((f) => f.properties.id === zone)) continue;
        const plans = [...new Set(drawn.map((f) => String(f.properties.planId)))];
        const covers = [rect('.kiosk-attract__caption'), rect('.kiosk-attract__invite')].filter((r) => r !== undefined);
        seen.push({ zone, center: map.getCenter().toArray(), zoom: map.getZoom(), plans, covers });
      }
      return seen;
    }, [14, drawnLayers] as const);
    expect(steps.map((step) => step.zone)).toHaveLength(14);
    // The loop starts with the city's pattern and has moved on to the next plan by the 12th step.
    expect(new Set(steps.map((step) => planOfStep(step.zone))).size).toBeGreaterThanOrEqual(2);
    steps.forEach((step, i) => {
      expect(step.plans, step.zone).toEqual([planOfStep(step.zone)]);
      const previous = steps[i - 1];
      if (previous) {
        const moved = Math.hypot(step.center[0]! - previous.center[0]!, step.center[1]! - previous.center[1]!) > 1e-4 || Math.abs(step.zoom - previous.zoom) > 0.05;
        expect(moved, `${previous.zone} → ${step.zone}`).toBe(true);
      }
    });
    // The zone on screen now is drawn alone, in view, and not under a caption.
    await page.evaluate(() => window.__suzhouMap!.stop());
    const now = await page.evaluate(async (layers) => {
      const map = window.__suzhouMap!;
      const zoneNow = () => new URL(location.href).searchParams.get('zone')!;
      const zoneDrawn = () => map.queryRenderedFeatures({ layers }).some((f) => f.properties.id === zoneNow());
      while (!map.loaded() || !zoneDrawn()) await new Promise((resolve) => setTimeout(resolve, 20));
      const zone = zoneNow();
      // Zone shapes and zone labels alike carry their plan's id.
      return { zone, plans: [...new Set(map.queryRenderedFeatures({ layers: [...layers, 'zone-labels'] }).map((f) => String(f.properties.planId)))] };
    }, drawnLayers);
    expect(now.plans).toEqual([planOfStep(now.zone)]);
    for (const step of steps) {
      const [lng, lat] = labelPointOf(step.zone);
      // Projected with the step's own camera: the label point must fall in the map, outside both captions.
      const at = await page.evaluate(
        ({ lng, lat, center, zoom }) => {
          const map = window.__suzhouMap!;
          map.jumpTo({ center: center as [number, number], zoom });
          const box = map.getCanvas().getBoundingClientRect();
          const p = map.project([lng, lat]);
          return { x: box.x + p.x, y: box.y + p.y, inMap: p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height };
        },
        { lng: lng!, lat: lat!, center: step.center, zoom: step.zoom },
      );
      expect(at.inMap, step.zone).toBe(true);
      for (const cover of step.covers) {
        const under = at.x >= cover.left && at.x <= cover.right && at.y >= cover.top && at.y <= cover.bottom;
        expect(under, `${step.zone} under a caption`).toBe(false);
      }
    }
    await page.screenshot({ path: `${artifacts}/kiosk-attract-story.png` });
    await page.context().close();
  });

  it('after the first touch: no keyboard or planner tools, a plan switcher, and a tap opens that zone’s card', { timeout: 180_000 }, async () => {
    const page = await openKiosk('?mode=kiosk&idle=600&attract=600', { width: 1080, height: 1920 });
    await attract(page).waitFor();
    await firstTouch(page);

    // Nothing to type into and none of a planner's tools.
    const plannerTools = await page.evaluate(() =>
      [...document.querySelectorAll('input, textarea, [role="search"], [role="tab"], [role="tablist"], .header, .side-panel, .layer-panel')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(plannerTools).toEqual([]);
    expect(await page.getByTestId('kiosk-hint').first().textContent()).toBe('点按彩色区域查看');

    // Three big plan buttons; choosing one draws it alone with its key.
    const switcher = page.getByTestId('kiosk-plans').getByRole('button');
    expect(await switcher.count()).toBe(3);
    for (const box of await switcher.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(80);
    }
    await page.getByRole('button', { name: /吴中区/ }).click();
    await planDrawn(page, 'sz-services-2021', false);
    await settle(page);
    expect(await page.getByTestId('kiosk-legend').getByRole('button').allTextContents()).toEqual(['东部片区', '中部片区', '西部片区']);

    // A tap on the canvas opens exactly the zone under the finger: no list, no other plan's zone.
    await tapMapAt(page, labelPointOf('wz-central'));
    await card(page).waitFor();
    expect(await card(page).getByRole('heading', { level: 2 }).textContent()).toBe('中部片区');
    expect(await page.getByTestId('visitor-overlap').count()).toBe(0);
    const shortCard = (await card(page).textContent())!;
    // No line numbers, no marks of inference, no sources until asked.
    expect(shortCard).not.toMatch(/行|推断|\d{2,}–\d{2,}/);
    expect(await card(page).locator('.visitor-chip').count()).toBeGreaterThanOrEqual(3);
    expect(await card(page).locator('.visitor-chip').count()).toBeLessThanOrEqual(6);
    await card(page).getByRole('button', { name: '查看出处' }).click();
    expect(await page.getByTestId('visitor-sources').textContent()).toMatch(/行 \d+/);
    await page.screenshot({ path: `${artifacts}/kiosk-card-sources-portrait.png` });
    expect(await axeViolations(page)).toEqual([]);

    // A park opens, not the area it lies in.
    await page.getByRole('button', { name: /高新区/ }).click();
    await planDrawn(page, 'wz-services-2021', false);
    await settle(page);
    await tapMapAt(page, labelPointOf('snd-suzhou-finance-town'));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('zone') === 'snd-suzhou-finance-town');
    expect(await card(page).getByRole('heading', { level: 2 }).textContent()).toBe('苏州金融小镇');

    // Where two lines of the plan on screen cross, the list names each area and its plan, in plain words.
    await page.getByRole('button', { name: /苏州市服务业/ }).click();
    await planDrawn(page, 'sz-services-2021', true);
    await settle(page);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await tapMapAt(page, crossingOf('sz-services-2021', 'sz-axis-huning', 'sz-axis-tongsujia'));
    const overlap = page.getByTestId('visitor-overlap');
    await overlap.waitFor();
    const options = await overlap.getByRole('button', { name: /development axis/ }).allTextContents();
    expect(options).toHaveLength(2);
    for (const option of options) expect(option).toMatch(/^(Shanghai–Nanjing|Nantong–Suzhou–Jiaxing) development axisSuzhou services: one ring, two axes, four belts$/);
    expect(await overlap.textContent()).not.toMatch(/element|[\u4e00-\u9fff]/);
    await page.screenshot({ path: `${artifacts}/kiosk-overlap-portrait-en.png` });
    await overlap.getByRole('button', { name: /Shanghai–Nanjing/ }).click();
    expect(await card(page).getByRole('heading', { level: 2 }).textContent()).toBe('Shanghai–Nanjing development axis');
    expect(await card(page).textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.screenshot({ path: `${artifacts}/kiosk-card-portrait-en.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
