import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/data/catalog-schema';
import { addTestStyle, waitForMapIdle } from './support/browser';
import { artifacts, useHarness } from './support/harness';

const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
const harness = useHarness();

/** Industries whose lens reaches into every plan, places with districts, and inferred ties. */
const lensIndustries = ['biomedicine', 'financial-services', 'inspection-testing-certification', 'modern-logistics'];

type Locale = 'zh' | 'en';

/**
 * What a reader of `locale` sees: every text and every label (aria-label, title, alt, placeholder) on the page,
 * leaving out what is marked as written in the other language (lang="zh" on a quotation, a document heading, a
 * Chinese alias; lang="en" on an English alias) — that stays in the original on purpose.
 */
function readableText(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate((locale) => {
    const other = (el: Element) => {
      const lang = el.getAttribute('lang');
      return lang !== null && !lang.startsWith(locale);
    };
    const out: string[] = [];
    const walk = (el: Element) => {
      if (other(el) || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
      for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attribute);
        if (value) out.push(value);
      }
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) out.push(node.textContent.trim());
        else if (node.nodeType === Node.ELEMENT_NODE) walk(node as Element);
      }
    };
    walk(document.body);
    return out;
  }, locale);
}

const han = /\p{Script=Han}/u;
/** Three English words in a row: a phrase or sentence, not a term such as GDP, 5G or POWER芯片. */
const englishPhrase = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/;

/** The texts of the page that are in the wrong language, each with where it was seen. */
async function wrongLanguage(page: Page, locale: Locale, where: string): Promise<string[]> {
  const wrong = locale === 'en' ? han : englishPhrase;
  return (await readableText(page, locale)).filter((text) => wrong.test(text)).map((text) => `${where}: ${text}`);
}

/** Opens a zone's card from the index, as a keyboard or list user would. */
async function openZoneFromIndex(page: Page, zoneId: string, locale: Locale) {
  const zone = catalog.zones.find((z) => z.id === zoneId)!;
  const name = locale === 'en' ? zone.name.en! : zone.name.zh;
  await page.locator('#tab-list').dispatchEvent('click');
  await page.getByTestId('zone-index').waitFor();
  // dispatchEvent skips the wait for a steady frame, which the software-rendered map makes long.
  await page.locator('.zone-index__zone').filter({ has: page.getByText(name, { exact: true }) }).first().dispatchEvent('click');
  await page.locator('#zone-card-title').filter({ hasText: name }).waitFor();
}

async function openLens(page: Page, industryId: string) {
  await page.locator('#tab-lens').dispatchEvent('click');
  await page.getByTestId('industry-lens').waitFor();
  const clear = page.locator('.lens-detail__clear');
  if (await clear.count()) await clear.dispatchEvent('click');
  await page.locator(`.lens-chip[data-industry-id="${industryId}"]`).dispatchEvent('click');
  await page.getByTestId('lens-detail').waitFor();
}

/** Prints a zone's brief with window.print() stubbed, and leaves the brief in the page to be read. */
async function printBrief(page: Page) {
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByTestId('print-brief').dispatchEvent('click');
  await page.waitForSelector('body[data-printed="yes"]', { timeout: 20_000 });
  await page.evaluate(() => document.body.removeAttribute('data-printed'));
}

/** Every zone card (with its carriers' sources), every plan's targets, a few lenses, a comparison and a brief. */
async function walk(page: Page, locale: Locale): Promise<string[]> {
  const problems: string[] = [];
  problems.push(...(await wrongLanguage(page, locale, 'start')));
  for (const zone of catalog.zones) {
    await openZoneFromIndex(page, zone.id, locale);
    problems.push(...(await wrongLanguage(page, locale, `zone ${zone.id}`)));
  }
  for (const plan of catalog.plans.filter((p) => catalog.targets.some((t) => t.scope.planId === p.id && !t.scope.zoneId))) {
    await page.locator('#tab-targets').dispatchEvent('click');
    await page.locator('.plan-targets__select').selectOption(plan.id);
    await page.getByTestId('plan-targets').filter({ hasText: locale === 'en' ? plan.name.en! : plan.name.zh }).waitFor();
    problems.push(...(await wrongLanguage(page, locale, `targets ${plan.id}`)));
  }
  for (const industryId of lensIndustries) {
    await openLens(page, industryId);
    problems.push(...(await wrongLanguage(page, locale, `lens ${industryId}`)));
  }
  for (const zoneId of ['wz-east', 'sz-ring']) {
    await openZoneFromIndex(page, zoneId, locale);
    await page.locator('.zone-card__actions .button').first().dispatchEvent('click');
  }
  await page.locator('#tab-compare').dispatchEvent('click');
  await page.getByTestId('compare-panel').waitFor();
  problems.push(...(await wrongLanguage(page, locale, 'compare wz-east, sz-ring')));
  await openZoneFromIndex(page, 'snd-tech-ecology', locale);
  await printBrief(page);
  problems.push(...(await wrongLanguage(page, locale, 'brief snd-tech-ecology')));
  return problems;
}

describe('one language at a time', () => {
  it('in English, shows no Chinese outside quotations and document headings, and in Chinese no English phrase', { timeout: 180_000 }, async () => {
    // Without camera flights and at a modest size, the software-rendered map leaves the page free to be read.
    const page = await harness.browser.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    await page.goto(`${harness.url}?lang=en&panel=list`);
    await waitForMapIdle(page);

    // The names a comma once cut, read whole on screen.
    await openZoneFromIndex(page, 'snd-tech-ecology', 'en');
    await expect(page.locator('#zone-card-title').textContent()).resolves.toBe('Science, Technology & Ecology Functional Zone');
    await page.screenshot({ path: `${artifacts}/whole-english-snd-card.png` });
    await expect(page.getByTestId('layer-panel').textContent()).resolves.toContain('One ring, two axes, four belts');
    await page.getByTestId('layer-panel').screenshot({ path: `${artifacts}/whole-english-city-legend.png` });
    await openZoneFromIndex(page, 'wz-central', 'en');
    await page.getByTestId('open-plan-targets').dispatchEvent('click');
    const wuzhongTargets = page.getByTestId('plan-targets');
    await wuzhongTargets.getByText('Services value added as a share of GDP (%)').scrollIntoViewIfNeeded();
    const wuzhong = await wuzhongTargets.textContent();
    expect(wuzhong).toContain('Services value added as a share of GDP (%)baseline 2020: 53.9target 2025: above the Suzhou average');
    expect(wuzhong).toContain('Average annual growth of total retail sales of consumer goods (%)target 2025: at least 7');
    await page.screenshot({ path: `${artifacts}/whole-english-wuzhong-targets.png` });
    // The walk reads the panels, not the map: a small map keeps each click's redraw short on a software renderer.
    await addTestStyle(page, '.map-view { width: 64px !important; height: 64px !important; }');

    expect(await walk(page, 'en')).toEqual([]);

    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('html[lang="zh-CN"]').waitFor({ state: 'attached' });
    expect(await walk(page, 'zh')).toEqual([]);
    await page.close();
  });
});
