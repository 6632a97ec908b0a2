import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { presentationLeft } from './present-actions';

const next = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const previous = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Typing in a field (or choosing in a list) must never turn the slide. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(target.type);
}

/**
 * Arrow keys, Space, Home/End and a presenter remote's PageUp/PageDown move through the tour; Escape
 * leaves. Listening in the capture phase, the presentation takes the keys it uses before the map (which
 * would pan) and the explore view's own Escape (which would clear the zone the presenter ends on).
 */
export function usePresentKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      const s = useAppStore.getState();
      if (s.mode !== 'present') return;
      if (next.has(event.key)) s.tourStepped(1);
      else if (previous.has(event.key)) s.tourStepped(-1);
      else if (event.key === 'Home') s.tourStepSet(0);
      else if (event.key === 'End') s.tourStepSet(Infinity);
      else if (event.key === 'Escape') presentationLeft();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
