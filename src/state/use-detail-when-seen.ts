import { useEffect, type RefObject } from 'react';
import { draftPlanId } from '../data/draft-catalog';
import { useAppStore } from './store';

/**
 * Asks for plans' details once the element showing them scrolls into view (or at once where the browser cannot
 * tell), so a long list across many plans fetches the details of what is read, not of every plan in it.
 */
export function useDetailWhenSeen(element: RefObject<Element | null>, planIds: readonly string[]): void {
  // A draft's zones have no detail file: the draft is all there is.
  const key = planIds.filter((id) => id !== draftPlanId).join(' ');
  const asked = useAppStore((s) => key.split(' ').every((id) => !id || Boolean(s.planDetails[id])));
  useEffect(() => {
    if (asked) return;
    const ask = () => useAppStore.getState().planDetailsAsked(key.split(' '));
    const target = element.current;
    if (!target || typeof IntersectionObserver !== 'function') return ask();
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) ask();
    }, { rootMargin: '200px 0px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [asked, element, key]);
}
