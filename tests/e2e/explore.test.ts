import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchPage } from './support/browser';
import { labelPointOf, pointOnLine } from './support/map-points';
import { settle } from './support/framing';
import { zoneFlags } from './support/plans-drawn';
import { useHarness } from './support/harness';
import type { Catalog } from '../../src/data/catalog-schema';

const harness = useHarness();

const openApp = harness.openApp;

/** Clicks the real canvas where a coordinate is drawn, offset by (dx, dy) screen pixels. */
async function clickMapAt(page: Page, [lng, lat]: number[], dx = 0, dy = 0): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), [lng, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x + dx, box.y + point.y + dy);
}

const zoneCard = (page: Page) => page.getByTestId('zone-card');

const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
const zoneOf = (zoneId: string) => catalog.zones.find((zone) => zone.id === zoneId)!;

/** Zones of the given plans, and whether each has the industry itself or through a carrier. */
function zonesWithIndustry(industryId: string, planIds: string[]) {
  const carriers = new Map(catalog.carriers.map((c) => [c.id, c]));
  return catalog.zones
    .filter((zone) => planIds.includes(zone.planId))
    .map((zone) => ({
      id: zone.id,
      planId: zone.planId,
      has:
        zone.industryIds.includes(industryId) ||
        zone.carrierIds.some((id) => carriers.get(id)?.industryIds.includes(industryId)),
    }));
}

/** Whether the page's compositor draws the element on a layer of its own (not painted into the page's layer). */
async function onOwnLayer(page: Page, selector: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const tree = new Promise<{ backendNodeId?: number; drawsContent: boolean }[]>((resolve) =>
    cdp.once('LayerTree.layerTreeDidChange', ({ layers }) => resolve(layers ?? [])),
  );
  await cdp.send('LayerTree.enable');
  // A frame with a change, so that the compositor reports its layers.
  await page.evaluate(() => (document.body.style.outline = document.body.style.outline ? '' : '1px solid transparent'));
  const layers = await tree;
  await cdp.detach();
  return layers.some((layer) => layer.backendNodeId === node.backendNodeId && layer.drawsContent);
}

describe('exploring the map', () => {
  it('opens the card of a zone clicked on the canvas, with its industries and sources, and the address bar follows', async () => {
    const page = await openApp('?plans=wz-services-2021');
    // Counts history entries written while the click is being handled, i.e. before its answer can be painted.
    await page.evaluate(() => {
      const w = window as unknown as { inClick: boolean; pushedInClick: number };
      w.pushedInClick = 0;
      addEventListener('click', () => (w.inClick = true), { capture: true });
      addEventListener('click', () => (w.inClick = false));
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        if (w.inClick) w.pushedInClick++;
        push(...args);
      };
    });
    await clickMapAt(page, labelPointOf('wz-east'));
    await zoneCard(page).waitFor();
    expect(await zoneCard(page).getByRole('heading', { level: 2 }).textContent()).toBe('东部片区');
    await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe('wz-east');
    expect(await zoneCard(page).locator('.chip').count()).toBeGreaterThan(3);
    expect(await zoneCard(page).locator('.source__lines').first().textContent()).toMatch(/行 \d+–\d+/);
    expect((await zoneFlags(page, 'wz-east')).selected).toBe(true);

    // A click once the whole catalog is in: the address bar follows it, written once its frame is painted
    // rather than inside its handlers.
    await clickMapAt(page, labelPointOf('wz-west'));
    await expect.poll(() => zoneCard(page).getByRole('heading', { level: 2 }).textContent()).toBe('西部片区');
    await expect.poll(() => new URL(page.url()).searchParams.get('zone')).toBe('wz-west');
    expect(await page.evaluate(() => (window as unknown as { pushedInClick: number }).pushedInClick)).toBe(0);
    await page.close();
  });

  it('draws the side panel on a layer of its own beside the map, and lays a wide tab over the whole map', async () => {
    // Painted into the page's own layer, the panel made every frame cost the GPU more (bench/README.md, "The floor").
    const page = await openApp('?plans=wz-services-2021&zone=wz-east');
    await zoneCard(page).waitFor();
    expect(await onOwnLayer(page, '.side-panel')).toBe(true);

    await page.getByRole('tab', { name: '矩阵' }).click();
    await page.getByTestId('matrix-panel').waitFor();
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const sheet = (await page.locator('.side-panel__sheet').boundingBox())!;
    expect(sheet.x).toBeLessThanOrEqual(map.x + 1);
    expect(sheet.x + sheet.width).toBeGreaterThanOrEqual(map.x + map.width - 1);
    await page.close();
  });

  it('catches a click 10 px beside a thin axis line, but not 40 px away', async () => {
    const page = await openApp('?plans=sz-services-2021&view=120.6,31.35,9');
    const point = pointOnLine('sz-services-2021', 'sz-axis-tongsujia');
    const picked = async () => {
      await page.waitForFunction(() => document.querySelector('[data-testid="zone-card"], [data-testid="overlap-picker"], .empty-state'));
      const picker = page.getByTestId('overlap-picker');
      if (await picker.count()) return (await picker.getByRole('button').allTextContents()).join('|');
      return (await zoneCard(page).count()) ? await zoneCard(page).getByRole('heading', { level: 2 }).textContent() : '';
    };
    await clickMapAt(page, point, 10, 0);
    expect(await picked()).toContain('沿通苏嘉发展轴');
    await page.keyboard.press('Escape');
    await clickMapAt(page, point, 40, 0);
    expect(await picked()).not.toContain('沿通苏嘉发展轴');
    await page.close();
  });

  it('lists every plan element where several overlap, and opens the one chosen', async () => {
    const page = await openApp('?plans=sz-services-2021,wz-services-2021');
    await clickMapAt(page, labelPointOf('wz-central'));
    // The card or the picker shows once the whole catalog is in (it may still be on its way).
    await page.locator('[data-testid="zone-card"], [data-testid="overlap-picker"]').first().waitFor();
    const picker = page.getByTestId('overlap-picker');
    if (await picker.count()) {
      const options = picker.getByRole('button', { name: /中部片区/ });
      await options.click();
    }
    await zoneCard(page).waitFor();
    expect(await zoneCard(page).getByRole('heading', { level: 2 }).textContent()).toBe('中部片区');
    await page.keyboard.press('Escape');
    expect(await zoneCard(page).count()).toBe(0);
    await page.close();
  });

  it('highlights every zone assigned an industry picked from a card, across plans', async () => {
    const page = await openApp('?plans=wz-services-2021,snd-2021&zone=wz-east');
    const chip = zoneCard(page).locator('.chip').first();
    const industry = await chip.textContent();
    await chip.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('industry'));
    const industryId = new URL(page.url()).searchParams.get('industry')!;
    expect(industry).toBeTruthy();
    // The catalog says which zones of both visible plans have the industry; the map must light exactly those.
    const expected = zonesWithIndustry(industryId, ['wz-services-2021', 'snd-2021']);
    // The map takes a new lens in at the frame after the panel's, so the flags are read until that frame is drawn.
    const seen = async () => {
      const states = await Promise.all(expected.map((zone) => zoneFlags(page, zone.id)));
      return expected.map((zone, i) => ({ id: zone.id, lensed: Boolean(states[i]!.lensed), dimmed: Boolean(states[i]!.dimmed) }));
    };
    await expect.poll(seen, { timeout: 10_000 }).toEqual(expected.map((zone) => ({ id: zone.id, lensed: zone.has, dimmed: !zone.has })));
    expect(expected.filter((zone) => zone.has).length).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('locates a carrier found by the search: the camera comes to its point and the map rings it', async () => {
    const carrier = catalog.carriers.find((c) => c.id === 'sz-dongshahu-fund-town')!;
    const page = await openApp('?plans=sz-services-2021');
    await page.getByRole('combobox').fill(carrier.name.zh);
    await page.getByRole('option', { name: new RegExp(carrier.name.zh) }).first().click();
    await settle(page);
    const seen = await page.evaluate(([id, lng, lat]) => {
      const map = window.__suzhouMap!;
      return {
        inView: map.getBounds().contains([lng as number, lat as number]),
        zoom: map.getZoom(),
        ringed: [...new Set(map.queryRenderedFeatures({ layers: ['carriers-focus'] }).map((f) => f.properties.id))],
        drawn: map.queryRenderedFeatures({ layers: ['carriers-dot'] }).some((f) => f.properties.id === id),
      };
    }, [carrier.id, ...carrier.coord!]);
    // The ring is drawn around this carrier, and around no other.
    expect(seen).toMatchObject({ inView: true, ringed: [carrier.id], drawn: true });
    expect(seen.zoom).toBeGreaterThan(11);
    await page.close();
  });

  it('reopens the same view from a shared link, in English', async () => {
    const page = await openApp('?plans=snd-2021&zone=snd-business-innovation&lang=en&view=120.55,31.3,11');
    await zoneCard(page).waitFor();
    expect(await zoneCard(page).getByRole('heading', { level: 2 }).textContent()).toMatch(/[A-Za-z]/);
    // On a cold load the card reads its plan's detail file: industries, carriers and targets, each with its lines.
    const card = zoneCard(page);
    expect(await card.locator('.chip').count()).toBeGreaterThan(3);
    const carriers = card.getByRole('region', { name: 'Carriers' });
    expect(await carriers.locator('.carrier').count()).toBe(zoneOf('snd-business-innovation').carrierIds.length);
    expect(await carriers.locator('.source__lines').first().textContent()).toMatch(/lines? \d+–\d+/);
    const targets = card.getByRole('region', { name: 'Targets' });
    expect(await targets.locator('.targets > li').count()).toBe(zoneOf('snd-business-innovation').targetIds.length);
    expect(await card.getByRole('region', { name: 'Sources' }).locator('.source__lines').first().textContent()).toMatch(/lines? \d+–\d+/);
    const detailFiles = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/plan-details/')),
    );
    expect(detailFiles.map((path) => path.split('/').pop())).toEqual(['snd-2021.json']);
    const view = await page.evaluate(() => {
      const map = window.__suzhouMap!;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    expect(view.lng).toBeCloseTo(120.55, 3);
    expect(view.lat).toBeCloseTo(31.3, 3);
    expect(view.zoom).toBeCloseTo(11, 1);
    const url = page.url();
    const second = await openApp(new URL(url).search);
    await zoneCard(second).waitFor();
    expect(await zoneCard(second).getByRole('heading', { level: 2 }).textContent()).toBe(
      await zoneCard(page).getByRole('heading', { level: 2 }).textContent(),
    );
    await page.close();
    await second.close();
  });

  it('ignores an unknown zone in a link with a notice and keeps working', async () => {
    const page = await openApp('?zone=no-such-zone&colour=red');
    const watch = watchPage(page, new URL(harness.url).origin);
    // The unknown parameter is told at once, the unknown zone when the whole catalog has been read.
    await page.getByTestId('notices').getByText(/colour=red/).waitFor();
    await page.getByTestId('notices').getByText(/no-such-zone/).waitFor();
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});
