import { useLayoutEffect, useState, type RefObject } from 'react';

/** The brief's type, in points: as large as fits, never below what still reads well on paper. */
export const pageType = { largest: 8, smallest: 7, step: 0.2 } as const;

/**
 * How many carriers each plan names, tried in turn until the page fits: all of them, then fewer and fewer
 * (the rest are counted, "… and N more"; the lens in the app and the QR link have them all).
 */
export const carrierCaps = [Infinity, 8, 5, 3, 1] as const;

/** Lowers the font size step by step until the content fits; false if it does not even at the smallest. */
function fitType(page: HTMLElement): boolean {
  let size: number = pageType.largest;
  page.style.fontSize = `${size}pt`;
  while (page.scrollHeight > page.clientHeight + 1 && size > pageType.smallest) {
    size = Math.round((size - pageType.step) * 10) / 10;
    page.style.fontSize = `${size}pt`;
  }
  return page.scrollHeight <= page.clientHeight + 1;
}

/**
 * Fits the page's content into its fixed A4 box: the whole content with the type lowered as far as it may go,
 * then, while that is not enough, with fewer carriers per plan. Returns the carriers each plan may name. Runs
 * whenever `key` changes, before the browser paints, so the page is never printed or drawn overflowing.
 */
export function useFitToPage(ref: RefObject<HTMLElement | null>, key: string): number {
  const [fit, setFit] = useState({ key, level: 0 });
  const level = fit.key === key ? fit.level : 0;
  useLayoutEffect(() => {
    const page = ref.current;
    if (page && !fitType(page) && level < carrierCaps.length - 1) setFit({ key, level: level + 1 });
  }, [ref, key, level]);
  return carrierCaps[level]!;
}
