import { useSyncExternalStore } from 'react';
import { phoneMediaQuery } from '../config/layout';

export type Layout = 'phone' | 'wide';

const phoneQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(phoneMediaQuery) : undefined);

function subscribe(onChange: () => void): () => void {
  const query = phoneQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const currentLayout = (): Layout => (phoneQuery()?.matches ? 'phone' : 'wide');

/** The layout the screen calls for; it changes as a phone turns or a window is resized. */
export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, currentLayout, () => 'wide');
}
