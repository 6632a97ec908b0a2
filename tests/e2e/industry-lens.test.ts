import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/data/catalog-index';
import type { Catalog } from '../../src/data/catalog-schema';
import { lensScope, type LensSubject } from '../../src/data/lens-scope';
import { watchPage } from './support/browser';
import { zonesInView } from './support/plans-drawn';
import { useHarness } from './support/harness';
import { mapMarks } from '../../src/config/design-tokens';

const harness = useHarness();
const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
const index = indexCatalog(catalog);
const extents = new Map<string, [number, number, number, number]>(
  JSON.parse(readFileSync('public/geojson/zone-labels.geojson', 'utf8')).features.map(
    (f: { properties: { id: string; bbox: [number, number, number, number] } }) => [f.properties.id, f.properties.bbox],
  ),
);

/** Waits until the map has come to rest after the lens framed it. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__suzhouMap!;
        const check = () => (map.isMoving() ? map.once('moveend', () => map.once('idle', () => resolve())) : map.once('idle', () => resolve()));
        // A lens reaches the map a frame after its panel: looked at once it has.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            check();
            map.triggerRepaint();
          }),
        );
      }),
  );

/** `#1d5fbf` as MapLibre writes a colour it evaluated: `rgba(29,95,191,1)`. */
const rgbaOf = (hex: string) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')},1)`;

/** Zone ids the map draws now, per the features it rendered in view. */
const drawnZones = async (page: Page) => (await zonesInView(page)).map((zone) => zone.id);

/** The part of the canvas not covered by the layer panel, in screen pixels. */
const clearArea = (page: Page) =>
  page.evaluate(() => {
    const canvas = window.__suzhouMap!.getCanvas().getBoundingClientRect();
    const panel = document.querySelector('[data-testid="layer-panel"]')!.getBoundingClientRect();
    return { left: Math.max(canvas.left, panel.right), right: canvas.right, top: canvas.top, bottom: canvas.bottom, canvasLeft: canvas.left, canvasTop: canvas.top };
  });

const planToggles = (page: Page) =>
  page.getByTestId('layer-panel').locator('input[type="checkbox"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked));

describe('the industry lens across every plan', () => {
  it('draws and frames every zone of the 生物医药 lens, in every plan, with only the city plan switched on', async () => {
    const subject: LensSubject = { kind: 'industry', id: 'biomedicine' };
    const expected = lensScope(index, subject)!.zoneIds;
    expect(new Set(expected.map((id) => index.zone(id)!.planId)).size).toBeGreaterThanOrEqual(3);
    const page = await harness.openApp('?plans=sz-services-2021&industry=biomedicine&panel=lens');
    await page.getByTestId('lens-detail').waitFor();
    await settled(page);
    const drawn = new Set(await drawnZones(page));
    expect(expected.filter((id) => !drawn.has(id))).toEqual([]);
    // The plans switched off show nothing but the lens's places.
    const hiddenPlans = catalog.plans.filter((p) => p.id !== 'sz-services-2021').map((p) => p.id);
    const stray = [...drawn].filter((id) => hiddenPlans.includes(index.zone(id)?.planId ?? '') && !expected.includes(id));
    expect(stray).toEqual([]);
    // Every lensed zone lies inside the part of the map the layer panel leaves clear.
    const area = await clearArea(page);
    const outside = await page.evaluate(
      ({ boxes, area }) =>
        boxes.flatMap(([id, b]) => {
          const map = window.__suzhouMap!;
          const sw = map.project([b[0], b[1]]);
          const ne = map.project([b[2], b[3]]);
          const inside =
            sw.x + area.canvasLeft >= area.left - 2 && ne.x + area.canvasLeft <= area.right + 2 && ne.y + area.canvasTop >= area.top - 2 && sw.y + area.canvasTop <= area.bottom + 2;
          return inside ? [] : [id];
        }),
      { boxes: expected.map((id) => [id, extents.get(id)!] as const), area },
    );
    expect(outside).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/lens-biomedicine.png' });
    await page.close();
  });

  it('lists 吴中 中部片区 and the 一环 in the 金融 family lens, each with why and where it is written', async () => {
    const page = await harness.openApp('?family=finance');
    const detail = page.getByTestId('lens-detail');
    await detail.waitFor();
    expect(await detail.getByRole('heading', { level: 3 }).textContent()).toBe('金融');
    // The places show at once from the links; a plan's citations once its group is in view and its detail in.
    const wuzhong = detail.getByRole('region', { name: /东中西/ });
    await wuzhong.scrollIntoViewIfNeeded();
    const centre = wuzhong.getByRole('button', { name: /^片区\s*中部片区/ });
    await centre.filter({ hasText: '行 195–195' }).waitFor();
    expect(await centre.textContent()).toMatch(/规划明确 · 科技金融\s*行 195–195/);
    const city = detail.getByRole('region', { name: '一环两轴四带' });
    expect(await city.getByRole('button', { name: /一环——现代服务业高质量发展环/ }).textContent()).toMatch(/数字金融/);
    // Read to the end of the places, the targets and tasks of every plan of the lens follow.
    await detail.locator('.lens-plan').last().scrollIntoViewIfNeeded();
    await detail.getByText('市金融监管局').first().waitFor();
    expect(await detail.textContent()).toContain('集聚数字金融企业');
    await page.close();
  });

  it('says which plans the lens brought in, and clearing it restores the layer panel exactly', async () => {
    const shown = ['sz-services-2021', 'snd-2021'];
    const page = await harness.openApp(`?plans=${shown.join(',')}&family=finance`);
    await page.getByTestId('lens-detail').waitFor();
    const before = await planToggles(page);
    expect(before).toEqual(catalog.plans.map((p) => shown.includes(p.id)));
    const broughtIn = page.getByTestId('lens-brought-in');
    const lensPlans = lensScope(index, { kind: 'family', id: 'finance' })!.planIds.filter((id) => !shown.includes(id));
    expect(lensPlans.length).toBeGreaterThan(0);
    expect(await broughtIn.count()).toBe(lensPlans.length);
    expect(await broughtIn.first().textContent()).toMatch(/透镜带入/);
    await page.getByRole('button', { name: '清除' }).click();
    await settled(page);
    expect(await planToggles(page)).toEqual(before);
    expect(await broughtIn.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('plans')).toBe('sz-services-2021,snd-2021');
    const ofPlansOff = async () => (await drawnZones(page)).filter((id) => ['wz-services-2021', 'sz-industry-2016'].includes(index.zone(id)?.planId ?? ''));
    await expect.poll(ofPlansOff, { timeout: 10_000 }).toEqual([]);
    await page.close();
  });

  it('brings in the lens’s carriers of a plan switched off, and only those, and takes them out with the lens', async () => {
    const page = await harness.openApp('?plans=sz-services-2021&family=finance&panel=lens');
    await page.getByTestId('lens-detail').waitFor();
    await settled(page);
    // Close to 东太湖, where the Wuzhong plan (switched off) has finance carriers among others.
    await page.evaluate(() => window.__suzhouMap!.jumpTo({ center: [120.625, 31.22], zoom: 12.5 }));
    await settled(page);
    const carriersDrawn = () =>
      page.evaluate(() => [...new Set(window.__suzhouMap!.queryRenderedFeatures({ layers: ['carriers-dot'] }).map((f) => String(f.properties.id)))]);
    const inWuzhong = (ids: string[]) => ids.filter((id) => index.carrier(id)?.zoneIds.some((zoneId) => index.zone(zoneId)?.planId === 'wz-services-2021'));
    const lensCarriers = new Set(lensScope(index, { kind: 'family', id: 'finance' })!.carrierIds);
    const drawn = inWuzhong(await carriersDrawn());
    expect(drawn).toContain('wz-east-taihu-tech-finance-city');
    expect(drawn.filter((id) => !lensCarriers.has(id))).toEqual([]);
    // The lens's carriers wear the lens colour (the dots' paint, not a feature state), the plan's own carriers not.
    const colours = await page.evaluate(() =>
      Object.fromEntries(
        window.__suzhouMap!.queryRenderedFeatures({ layers: ['carriers-dot'] }).map((f) => [String(f.properties.id), String(f.layer.paint?.['circle-color' as never])]),
      ),
    );
    const lensColour = colours['wz-east-taihu-tech-finance-city'];
    const othersColours = Object.entries(colours).filter(([id]) => !lensCarriers.has(id)).map(([, colour]) => colour);
    expect(othersColours.length).toBeGreaterThan(0);
    expect(othersColours).not.toContain(lensColour);
    expect(lensColour).toBe(rgbaOf(mapMarks.carrierLensed));
    // Its neighbour of the same plan, in no finance industry, stays out.
    expect(index.carrier('wz-taihu-new-city')?.coord).toBeDefined();
    expect(drawn).not.toContain('wz-taihu-new-city');

    await page.locator('.lens-detail__clear').click();
    await settled(page);
    expect(inWuzhong(await carriersDrawn())).toEqual([]);
    await page.close();
  });

  it('restores the same family lens from a shared link in English', async () => {
    const page = await harness.openApp('?plans=snd-2021&family=finance&lang=en');
    const detail = page.getByTestId('lens-detail');
    await detail.waitFor();
    await settled(page);
    const places = await detail.locator('.lens-result__name').allTextContents();
    expect(await detail.getByRole('heading', { level: 3 }).textContent()).toBe('Finance');
    expect(places).toContain(index.zone('wz-central')!.name.en);
    const shared = new URL(page.url()).search;
    expect(shared).toMatch(/family=finance/);
    expect(shared).toMatch(/lang=en/);
    const second = await harness.openApp(shared);
    const again = second.getByTestId('lens-detail');
    await again.waitFor();
    expect(await again.locator('.lens-result__name').allTextContents()).toEqual(places);
    expect(await second.getByTestId('layer-panel').textContent()).toMatch(/brought in by the lens/);
    const zoomOf = (p: Page) => p.evaluate(() => window.__suzhouMap!.getZoom());
    expect(await zoomOf(second)).toBeCloseTo(await zoomOf(page), 1);
    await page.close();
    await second.close();
  });

  it('finds a family by GB/T 4754 code in the search box and opens its lens', async () => {
    const page = await harness.openApp('');
    const box = page.getByRole('combobox');
    await box.fill('2720');
    const first = page.getByRole('option').first();
    expect(await first.textContent()).toMatch(/生物医药 \/ 医疗器械 （C27）/);
    await first.click();
    await page.getByTestId('lens-detail').waitFor();
    // The address bar follows once the lens is painted.
    await expect.poll(() => new URL(page.url()).searchParams.get('family')).toBe('biomedicine');
    await box.fill('B06');
    expect(await page.getByTestId('search-none').textContent()).toBe('没有对应代码 B06 的产业');
    await page.close();
  });
});

/** Counts page objects; Chromium writes each page's dictionary uncompressed, so no PDF library is needed. */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** The family with the most places, and among those the most targets and tasks: the fullest brief. */
function largestFamily(): string {
  const scopes = catalog.families.map((f) => lensScope(index, { kind: 'family', id: f.id })!);
  const weight = (s: (typeof scopes)[number]) => s.placeCount * 100 + s.targets.length + s.tasks.length;
  return scopes.sort((a, b) => weight(b) - weight(a))[0]!.subject.id;
}

describe('the industry brief', () => {
  it('prints the largest family on one A4 page, in Chinese and in English', async () => {
    const familyId = largestFamily();
    for (const lang of ['zh', 'en']) {
      const page = await harness.openApp(`?family=${familyId}&lang=${lang}`);
      const watch = watchPage(page, harness.url.replace(/\/$/, ''));
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.getByTestId('print-industry-brief').click();
      await page.waitForSelector('body[data-printed="yes"]', { timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      const read = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-testid="industry-brief"]')!;
        const last = el.querySelector<HTMLElement>('.ibrief__foot')!;
        const sections = [...el.querySelectorAll<HTMLElement>('.ibrief__section')];
        const bottom = Math.max(...sections.map((s) => s.getBoundingClientRect().bottom));
        return {
          text: el.textContent ?? '',
          overflow: el.scrollHeight - el.clientHeight,
          clearOfFooter: last.getBoundingClientRect().top - bottom,
          mapWidth: el.querySelector('img')?.naturalWidth ?? 0,
          qr: el.querySelector('[data-testid="qr-code"] path')?.getAttribute('d') ?? '',
        };
      });
      // page.pdf() fires afterprint, which removes the brief: everything is read before it. No element
      // screenshot here: capturing beyond the viewport resizes the page for a moment, which can flip the app to
      // its phone layout and take the brief away with the wide layout's panel before the PDF is made.
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      writeFileSync(`test-artifacts/industry-brief-${familyId}-${lang}.pdf`, pdf);
      expect(pdfPageCount(pdf), lang).toBe(1);
      expect(read.overflow, lang).toBeLessThanOrEqual(1);
      expect(read.clearOfFooter, lang).toBeGreaterThanOrEqual(0);
      expect(read.mapWidth).toBeGreaterThan(300);
      expect(read.qr).toMatch(/^M\d/);
      const scope = lensScope(index, { kind: 'family', id: familyId })!;
      const lastPlace = scope.groups.at(-1)!.zones.at(-1)!.zone.name;
      expect(read.text).toContain(lang === 'zh' ? lastPlace.zh : lastPlace.en);
      expect(read.text).toContain(lang === 'zh' ? '责任单位' : 'Lead units');
      expect(watch.consoleErrors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('keeps the brief it is preparing when the window turns to a phone’s, and prints it', async () => {
    const page = await harness.openApp('?family=finance');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByTestId('print-industry-brief').click();
    // The phone's layout takes the wide layout's lens panel, and the button that asked, away.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => document.documentElement.dataset.layout === 'phone');
    await page.waitForSelector('body[data-printed="yes"]', { timeout: 30_000 });
    const brief = page.locator('.ibrief-sheet [data-testid="industry-brief"]');
    expect(await brief.locator('h1').textContent()).toMatch(/金融/);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    await expect.poll(() => page.locator('.ibrief-sheet').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('saves the brief as a PNG of an A4 page', async () => {
    const page = await harness.openApp('?family=finance&lang=en');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-industry-brief').click()]);
    expect(download.suggestedFilename()).toMatch(/^suzhou-industry-finance-\d{4}-\d{2}-\d{2}\.png$/);
    const png = readFileSync((await download.path())!);
    writeFileSync('test-artifacts/industry-brief-finance-en-image.png', png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(height / width).toBeCloseTo(297 / 210, 1);
    expect(await page.locator('.ibrief-sheet').count()).toBe(0);
    await page.close();
  });
});
