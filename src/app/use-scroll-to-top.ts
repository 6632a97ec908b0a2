import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Scrolls an element (and the scrolling box around it, `outer`) back to its top whenever `page` changes, without
 * making the browser lay the page out in the middle of the change. Whether each is scrolled away from its top is
 * kept from its own scroll events, so one already at its top (most clicks) is left alone; only one scrolled down
 * is scrolled back, which needs the new content laid out then.
 */
export function useScrollToTop(ref: RefObject<HTMLElement | null>, outer: string, page: string): void {
  const scrolled = useRef(new WeakSet<Element>());

  useEffect(() => {
    const elements = scrollers(ref.current, outer);
    const onScroll = (event: Event) => {
      const element = event.currentTarget as Element;
      if (element.scrollTop > 0) scrolled.current.add(element);
      else scrolled.current.delete(element);
    };
    for (const element of elements) element.addEventListener('scroll', onScroll, { passive: true });
    return () => elements.forEach((element) => element.removeEventListener('scroll', onScroll));
  }, [ref, outer]);

  useLayoutEffect(() => {
    for (const element of scrollers(ref.current, outer)) {
      if (!scrolled.current.has(element)) continue;
      scrolled.current.delete(element);
      element.scrollTo?.({ top: 0 });
    }
  }, [ref, outer, page]);
}

const scrollers = (element: HTMLElement | null, outer: string): Element[] =>
  [element, element?.closest(outer)].filter((e): e is Element => Boolean(e));
