import type { Page } from 'playwright-core';

/**
 * What a thumb would run into on the current screen: sideways overflow, controls cut off by the screen's
 * edge, and targets smaller than 44 px. Only what a person can see and hit counts: an element whose centre
 * is under another (scrolled under a sticky head, behind a dialog's backdrop) or off screen is skipped.
 * A checkbox counts with its label, which is its hit area. Content cut by a panel that scrolls it (the
 * sheet, the matrix) is not cut by the screen. A string, so that the page runs it exactly as written.
 */
const probe = `(() => {
  const problems = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const root = document.documentElement;
  if (root.scrollWidth > vw) problems.push('page is ' + root.scrollWidth + ' px wide on a ' + vw + ' px screen');
  const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.tagName).trim().slice(0, 30);
  const scrolledBy = (el, axis) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      const overflow = axis === 'x' ? style.overflowX : style.overflowY;
      if ((overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') && p !== root && p !== document.body) return true;
    }
    return false;
  };
  const targets = document.querySelectorAll('button, a[href], input, select, summary, [role="tab"], [role="option"], [role="button"]');
  for (const el of targets) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    if (cx < 0 || cx > vw || cy < 0 || cy > vh) continue;
    const hit = document.elementFromPoint(cx, cy);
    const label = el.closest('label');
    if (!hit || !(el.contains(hit) || hit.contains(el) || (label && label.contains(hit)))) continue;
    const area = label && el.matches('input[type="checkbox"], input[type="radio"]') ? label.getBoundingClientRect() : box;
    if (Math.min(area.width, area.height) < 43.5) problems.push(name(el) + ': ' + Math.round(area.width) + '×' + Math.round(area.height) + ' px');
    if ((box.left < -0.5 || box.right > vw + 0.5) && !scrolledBy(el, 'x')) problems.push(name(el) + ': cut at the side');
    if ((box.top < -0.5 || box.bottom > vh + 0.5) && !scrolledBy(el, 'y')) problems.push(name(el) + ': cut at the top or foot');
  }
  return problems;
})()`;

export const layoutProblems = (page: Page): Promise<string[]> => page.evaluate(probe);
