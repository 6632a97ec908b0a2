import { useLayoutEffect, type RefObject } from 'react';

/** The brief's type, in points: as large as fits, never below what still reads well on paper. */
export const pageType = { largest: 8, smallest: 7, step: 0.2 } as const;

/** The class that leaves out what the page can spare (the carriers past the first few of a plan). */
export const cappedClass = 'ibrief--capped';

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
 * Fits the page's content into its fixed A4 box: first the whole content with the type lowered as far as it
 * may go, then, if that is not enough, without what the page can spare. Runs whenever `key` changes, before
 * the browser paints, so the page is never printed or drawn overflowing.
 */
export function useFitToPage(ref: RefObject<HTMLElement | null>, key: string): void {
  useLayoutEffect(() => {
    const page = ref.current;
    if (!page) return;
    page.classList.remove(cappedClass);
    if (fitType(page)) return;
    page.classList.add(cappedClass);
    fitType(page);
  }, [ref, key]);
}
