import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's checks for WCAG 2.1 A and AA, colour contrast among them, as one line per failing node. */
export async function axeViolations(page: Page, only?: string): Promise<string[]> {
  // The harness opens pages with browser.newPage(); legacy mode runs axe in the page itself (the app has no frames).
  const axe = new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (only) axe.include(only);
  const results = await axe.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}
