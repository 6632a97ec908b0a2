import { useLayoutEffect, type RefObject } from 'react';

/**
 * Scrolls an element (and the scrolling box around it, `outer`) back to its top whenever `page` changes, before
 * the new page is painted. The scroll positions are read in the frame's animation callbacks, where the browser
 * lays the new content out for that frame anyway, so nothing is laid out in the middle of the change (a click).
 */
export function useScrollToTop(ref: RefObject<HTMLElement | null>, outer: string, page: string): void {
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      for (const element of scrollers(ref.current, outer)) if (element.scrollTop > 0) element.scrollTo?.({ top: 0 });
    });
    return () => cancelAnimationFrame(frame);
  }, [ref, outer, page]);
}

const scrollers = (element: HTMLElement | null, outer: string): Element[] =>
  [element, element?.closest(outer)].filter((e): e is Element => Boolean(e));
