import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from './support/browser';
import { settle } from './support/framing';
import { useHarness } from './support/harness';
import { labelPointOf } from './support/map-points';

const harness = useHarness();

/** What a damaged copy of a data file looks like: a new body, or an HTTP status instead of the file. */
type Corruption = { body: (original: string) => string } | { status: number };

interface Case {
  name: string;
  /** The file under the site root, as the message must name it. */
  file: string;
  corrupt: Corruption;
  /**
   * What the message says besides the file: the field, where the file's structure says which (the notices of
   * the Chinese app name fields only; the catalog's alert also lists the problems, as the parser words them).
   */
  field?: RegExp;
  /**
   * What must still work, beyond the map drawing: a zone of this plan clicked on the canvas opens its card
   * (`view` keeps it clear of the layer panel).
   */
  zone?: { plan: string; id: string; name: string; view?: string };
  /** Something to do that makes the app read the file (some are read on demand). */
  use?: (page: Page) => Promise<void>;
  /** The feature that reads the file, doing without it as it can. */
  without?: (page: Page) => Promise<void>;
}

const json = (value: unknown) => () => JSON.stringify(value);
const truncated = { body: (original: string) => original.slice(0, Math.floor(original.length / 2)) };
const empty = { body: () => '' };
/** Each feature's coordinates shifted far outside the world, or made unreadable. */
const mapCoordinates = (original: string, map: (position: number[]) => unknown) =>
  JSON.stringify(JSON.parse(original), (key, value) =>
    key === 'coordinates' ? mapPositions(value, map) : value,
  );
const mapPositions = (value: unknown, map: (position: number[]) => unknown): unknown =>
  Array.isArray(value) && typeof value[0] === 'number' ? map(value as number[]) : Array.isArray(value) ? value.map((v) => mapPositions(v, map)) : value;
const renameFeatures = (original: string) => {
  const collection = JSON.parse(original) as { features: { properties: { id: string }; id?: unknown }[] };
  for (const feature of collection.features) feature.properties.id = `no-such-${feature.properties.id}`;
  return JSON.stringify(collection);
};

const wzEast = { plan: 'wz-services-2021', id: 'wz-east', name: '东部片区' };

const sndEcology = { plan: 'snd-2021', id: 'snd-tech-ecology', name: '科技生态功能区', view: '120.2,31.34,10' };

/** Pinyin initials need the search keys; a Chinese name does not. */
const searchByInitials = (page: Page) => page.getByRole('combobox').fill('jr');
const searchByName = async (page: Page) => {
  await page.getByRole('combobox').fill('金融');
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Escape');
};
const askForCatalog = (page: Page) => page.getByRole('combobox').focus();
const openLens = async (page: Page) => {
  await page.goto(`${harness.url}?family=finance`);
  await waitForMapIdle(page);
};
const lensShown = (page: Page) => page.getByTestId('lens-detail').waitFor();
/** A card of a zone of the Wuzhong plan, opened from a link on a cold load: it reads that plan's detail file. */
const openWzEastCard = async (page: Page) => {
  await page.goto(`${harness.url}?plans=${wzEast.plan}&zone=${wzEast.id}`);
  await page.getByTestId('zone-card').getByRole('heading', { level: 2, name: wzEast.name }).waitFor();
  await waitForMapIdle(page);
};
/** Another plan's card is whole, with its citations; then back to the damaged plan, whose card the map still opens. */
const otherPlanCardWhole = async (page: Page) => {
  await page.goto(`${harness.url}?plans=${sndEcology.plan}&zone=${sndEcology.id}`);
  const card = page.getByTestId('zone-card');
  await card.getByRole('heading', { level: 2, name: sndEcology.name }).waitFor();
  await card.locator('.source__lines').first().waitFor();
  expect(await page.getByTestId('detail-error').count()).toBe(0);
  await page.goto(`${harness.url}?plans=${wzEast.plan}`);
  await waitForMapIdle(page);
};
const presentFallback = async (page: Page) => {
  await page.getByRole('button', { name: '演示' }).click();
  await page.getByTestId('present-card').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('present-card').waitFor({ state: 'detached' });
};

const cases: Case[] = [
  // The links across plans (the lens, the search, a card's industries): the catalog's alert over the map.
  // The search field asks for them at once.
  { name: 'links cut off halfway', file: 'data/catalog-links.json', corrupt: truncated, field: /not valid JSON/, use: askForCatalog },
  { name: 'links of the wrong type', file: 'data/catalog-links.json', corrupt: { body: json([]) }, field: /\(root\)/, use: askForCatalog },
  {
    name: 'links whose zones are not a list',
    file: 'data/catalog-links.json',
    corrupt: { body: (o) => JSON.stringify({ ...JSON.parse(o), zones: { oops: true } }) },
    field: /zones/,
    use: askForCatalog,
  },
  {
    name: 'links with a zone naming an unknown industry',
    file: 'data/catalog-links.json',
    corrupt: {
      body: (o) => {
        const links = JSON.parse(o);
        links.zones[0].industryIds.push('no-such-industry');
        return JSON.stringify(links);
      },
    },
    field: /zones\[[a-z0-9-]+\]\.industryIds.*no-such-industry/,
    use: askForCatalog,
  },
  {
    name: 'links with a carrier in a zone that is not there',
    file: 'data/catalog-links.json',
    corrupt: {
      body: (o) => {
        const links = JSON.parse(o);
        links.carriers[0].zoneIds.push('no-such-zone');
        return JSON.stringify(links);
      },
    },
    field: /carriers\[[a-z0-9-]+\]\.zoneIds.*no-such-zone/,
    use: askForCatalog,
  },
  {
    name: 'links of another build of the data',
    file: 'data/catalog-links.json',
    corrupt: { body: (o) => JSON.stringify({ ...JSON.parse(o), version: '1999.1.1' }) },
    field: /version/,
    use: askForCatalog,
  },
  { name: 'links empty', file: 'data/catalog-links.json', corrupt: empty, field: /not valid JSON/, use: askForCatalog },
  { name: 'links missing', file: 'data/catalog-links.json', corrupt: { status: 404 }, field: /HTTP 404/, use: askForCatalog },
  {
    name: 'links of 30 MB of nonsense',
    file: 'data/catalog-links.json',
    corrupt: { body: () => `[${'1e999,'.repeat(5_000_000)}0]` },
    field: /\(root\)/,
    use: askForCatalog,
  },

  // A plan's detail file: the card of one of its zones names it and still shows the zone; the other plans'
  // cards are whole. Read when a card of the plan opens (here from a link, on a cold load).
  { name: 'a plan’s detail cut off', file: 'data/plan-details/wz-services-2021.json', corrupt: truncated, field: /not valid JSON/, use: openWzEastCard, without: otherPlanCardWhole, zone: wzEast },
  { name: 'a plan’s detail missing', file: 'data/plan-details/wz-services-2021.json', corrupt: { status: 404 }, field: /HTTP 404/, use: openWzEastCard, zone: wzEast },
  {
    name: 'a plan’s detail with a zone without references',
    file: 'data/plan-details/wz-services-2021.json',
    corrupt: {
      body: (o) => {
        const detail = JSON.parse(o);
        detail.zones[0].refs = [];
        return JSON.stringify(detail);
      },
    },
    field: /zones\.0\.refs/,
    use: openWzEastCard,
    zone: wzEast,
  },
  {
    name: 'a plan’s detail holding another plan’s zones',
    file: 'data/plan-details/wz-services-2021.json',
    corrupt: {
      body: (o) => {
        const detail = JSON.parse(o);
        detail.zones[0].planId = 'snd-2021';
        return JSON.stringify(detail);
      },
    },
    field: /zones\.0\.planId.*snd-2021/,
    use: openWzEastCard,
    zone: wzEast,
  },
  {
    name: 'a plan’s detail of another build of the data',
    file: 'data/plan-details/wz-services-2021.json',
    corrupt: { body: (o) => JSON.stringify({ ...JSON.parse(o), version: '1999.1.1' }) },
    field: /version/,
    use: openWzEastCard,
    zone: wzEast,
  },

  // The first view's index of the catalog: the same alert, over the base map.
  { name: 'first-view index cut off', file: 'data/catalog-index.json', corrupt: truncated, field: /not valid JSON/ },
  {
    name: 'first-view index with a zone of an unknown kind',
    file: 'data/catalog-index.json',
    corrupt: {
      body: (o) => {
        const index = JSON.parse(o);
        index.zones[0].kind = 'volcano';
        return JSON.stringify(index);
      },
    },
    field: /zones\.0\.kind/,
  },
  { name: 'first-view index missing', file: 'data/catalog-index.json', corrupt: { status: 404 }, field: /HTTP 404/ },

  // Tours: presenting falls back to one tour per plan.
  // Tours are read with the links across plans, which a focus on the search field asks for at once.
  { name: 'tours cut off', file: 'data/tours.json', corrupt: truncated, field: /not valid JSON/, use: askForCatalog, without: presentFallback, zone: wzEast },
  {
    name: 'tours through zones the catalog lacks',
    file: 'data/tours.json',
    corrupt: { body: json([{ id: 'ghost', name: { zh: '幽灵', en: 'Ghost' }, planIds: ['wz-services-2021'], steps: [{ zoneId: 'no-such-zone' }] }]) },
    field: /no tour has a zone/,
    use: askForCatalog,
    without: presentFallback,
    zone: wzEast,
  },

  // The search keys: search works on the names alone.
  {
    name: 'search keys of the wrong type',
    file: 'data/search-index.json',
    corrupt: { body: json({ entries: 'none' }) },
    field: /entries/,
    use: searchByInitials,
    without: searchByName,
    zone: wzEast,
  },
  { name: 'search keys cut off', file: 'data/search-index.json', corrupt: truncated, use: searchByInitials, without: searchByName, zone: wzEast },

  // The code names: codes show without their names.
  { name: 'code names of the wrong type', file: 'data/codes.json', corrupt: { body: json({ gbt4754: 42 }) }, use: openLens, without: lensShown },
  { name: 'code names missing', file: 'data/codes.json', corrupt: { status: 500 }, use: openLens, without: lensShown },

  // A plan's shapes: the other plans carry on.
  // A plan switched off is never fetched: each damaged plan is shown beside the zone's own.
  { name: 'a plan cut off', file: 'geojson/wz-services-2021.geojson', corrupt: truncated, zone: sndEcology },
  {
    name: 'a plan of the wrong type',
    file: 'geojson/wz-services-2021.geojson',
    corrupt: { body: json({ type: 'Topology', arcs: [] }) },
    zone: sndEcology,
  },
  {
    name: 'a plan whose features name unknown zones',
    file: 'geojson/snd-2021.geojson',
    corrupt: { body: renameFeatures },
    field: /features\.0\.properties\.id/,
    zone: wzEast,
  },
  {
    name: 'a plan with coordinates outside the world',
    file: 'geojson/snd-2021.geojson',
    corrupt: { body: (o) => mapCoordinates(o, ([lng, lat]) => [lng! * 10, lat! * 10]) },
    field: /features\.0\.geometry\.coordinates/,
    zone: wzEast,
  },
  {
    name: 'a plan with coordinates that are not numbers',
    file: 'geojson/snd-2021.geojson',
    corrupt: { body: (o) => mapCoordinates(o, ([lng]) => [lng, 'NaN']) },
    field: /features\.0\.geometry\.coordinates/,
    zone: wzEast,
  },
  { name: 'carriers empty', file: 'geojson/carriers.geojson', corrupt: empty, zone: wzEast },
  { name: 'zone labels missing', file: 'geojson/zone-labels.geojson', corrupt: { status: 404 }, zone: wzEast },

  // The base map: the plans carry on above what is left of it.
  { name: 'districts cut off', file: 'geojson/base/districts.geojson', corrupt: truncated, zone: wzEast },
  { name: 'water of the wrong type', file: 'geojson/base/water.geojson', corrupt: { body: json({ type: 'FeatureCollection', features: 'lakes' }) }, field: /features/, zone: wzEast },
  {
    name: 'rivers outside the world',
    file: 'geojson/base/rivers.geojson',
    corrupt: { body: (o) => mapCoordinates(o, ([lng, lat]) => [lng! + 400, lat]) },
    field: /features\.0\.geometry\.coordinates/,
    zone: wzEast,
  },
  { name: 'base labels missing', file: 'geojson/base/labels.geojson', corrupt: { status: 404 }, zone: wzEast },
  { name: 'neighbours empty', file: 'geojson/base/context.geojson', corrupt: empty, zone: wzEast },
];

async function serveCorrupted(page: Page, file: string, corruption: Corruption): Promise<void> {
  await page.route(`**/${file}`, async (route: Route) => {
    if ('status' in corruption) return route.fulfill({ status: corruption.status, body: '' });
    const original = await (await route.fetch()).text();
    return route.fulfill({ status: 200, contentType: 'application/json', body: corruption.body(original) });
  });
}

/** The message that names a broken file: the catalog's alert, a notice, or the alert in the panel that read it. */
const messageAbout = (page: Page, file: string) =>
  page.locator('[data-testid="catalog-error"], [data-testid="notices"], [data-testid="detail-error"]').filter({ hasText: file });

async function clickZone(page: Page, zone: NonNullable<Case['zone']>): Promise<string | null> {
  // Projected once the camera rests (leaving a presentation flies it back), so the click lands on the zone.
  await settle(page);
  const point = await page.evaluate(([x, y]) => window.__suzhouMap!.project([x!, y!]), labelPointOf(zone.id));
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const card = page.getByTestId('zone-card');
  await card.waitFor({ timeout: 15_000 });
  return card.getByRole('heading', { level: 2 }).textContent();
}

describe('a damaged data file', () => {
  it(`is tried in ${cases.length} ways`, () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('$name: names $file and the rest keeps working', async ({ file, corrupt, field, zone, use, without }) => {
    // No service worker: one installed by the first load would answer a later load's requests from its
    // precache, around the damaged copy.
    const page = await harness.browser.newPage({ viewport: { width: 1024, height: 720 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await serveCorrupted(page, file, corrupt);
    const damagedPlan = /^geojson\/([a-z0-9-]+)\.geojson$/.exec(file)?.[1];
    const shown = [zone?.plan, ...(damagedPlan && zone && !['carriers', 'zone-labels'].includes(damagedPlan) ? [damagedPlan] : [])];
    const plans = zone ? `?plans=${[...new Set(shown)].join(',')}${zone.view ? `&view=${zone.view}` : ''}` : '';
    await page.goto(`${harness.url}${plans}`);
    await waitForMapIdle(page);
    await use?.(page);

    const message = messageAbout(page, file);
    await message.first().waitFor({ timeout: 15_000 });
    if (field) expect(await message.first().textContent()).toMatch(field);

    // The map still draws what it has.
    const districts = await page.evaluate(() => window.__suzhouMap!.queryRenderedFeatures({ layers: ['base-district-fill'] }).length);
    if (file !== 'geojson/base/districts.geojson') expect(districts).toBeGreaterThan(0);
    await without?.(page);
    if (zone) expect(await clickZone(page, zone)).toBe(zone.name);
    expect(await page.locator('.fatal').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
