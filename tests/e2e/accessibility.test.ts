import { describe, expect, it } from 'vitest';
import { axeViolations as violations } from './support/axe';
import { addTestStyle } from './support/browser';
import { useHarness } from './support/harness';

const harness = useHarness();

/** Every view a planner or a presenter reaches, in both languages. */
const views: [string, string, string][] = [
  ['the first view', '', 'h1'],
  ['a zone card', '?plans=wz-services-2021&zone=wz-east', '[data-testid="zone-card"]'],
  ['a zone card in English', '?plans=wz-services-2021&zone=wz-east&lang=en', '[data-testid="zone-card"]'],
  ['the industry lens', '?industry=financial-services&panel=lens', '[data-testid="lens-detail"]'],
  ['the family lens', '?family=finance', '[data-testid="lens-detail"]'],
  ['the family lens in English, plans brought in', '?plans=sz-services-2021&family=sci-tech-services&lang=en', '[data-testid="lens-brought-in"]'],
  ['the matrix', '?plans=wz-services-2021,snd-2021&panel=matrix', '[data-testid="matrix-panel"]'],
  ['a comparison', '?plans=wz-services-2021&compare=wz-east,wz-west&panel=compare', '[data-testid="compare-panel"]'],
  ['the list of plans and zones', '?panel=list&lang=en', '[data-testid="zone-index"]'],
  ['presentation mode', '?mode=present&tour=wz-services-2021', '[data-testid="present-card"]'],
  ['the kiosk, waiting for a visitor', '?mode=kiosk', '[data-testid="kiosk-attract"]'],
  ['draft mode', '?mode=draft', '.draft-panel'],
  ['draft mode in English', '?mode=draft&lang=en', '.draft-panel'],
];

describe('accessibility (WCAG 2.1 AA, checked by axe-core)', () => {
  it('the check itself catches text that is too faint', async () => {
    const page = await harness.openApp('');
    await addTestStyle(page, '.header__title { color: #c8c2b8 !important; }');
    expect((await violations(page)).join('\n')).toMatch(/^color-contrast .*: h1 /m);
    await page.close();
  });

  for (const lang of ['zh', 'en']) {
    it(`the industry brief (${lang}) has no violations as printed`, async () => {
      const page = await harness.openApp(`?family=finance&lang=${lang}`);
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      await page.getByTestId('print-industry-brief').click();
      await page.waitForSelector('body[data-printed="yes"]', { timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      expect(await violations(page, '[data-testid="industry-brief"]')).toEqual([]);
      await page.close();
    });
  }

  for (const [name, query, ready] of views) {
    it(`${name} has no violations`, async () => {
      const page = await harness.openApp(query);
      await page.locator(ready).first().waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
});
