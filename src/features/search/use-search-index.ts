import { useCallback, useSyncExternalStore } from 'react';
import { assetUrl } from '../../config/env';
import { searchIndexSchema, type SearchEntry } from './search-index-schema';

/**
 * The pinyin keys, fetched once on first use and shared by every search box. Kept out of the app store because
 * it is a cache of a static file, not state anyone acts on. A failed load is forgotten so the next focus retries;
 * until then search works on the names alone.
 */
let entries: SearchEntry[] | undefined;
let pending: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): void {
  if (entries || pending) return;
  pending = fetch(assetUrl('data/search-index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json();
    })
    .then((json: unknown) => {
      entries = searchIndexSchema.parse(json).entries;
      listeners.forEach((listener) => listener());
    })
    .catch(() => undefined)
    .finally(() => {
      pending = undefined;
    });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** For tests: start again as if the page had just loaded. */
export function forgetSearchIndex(): void {
  entries = undefined;
  pending = undefined;
}

export function useSearchIndex(): { entries: SearchEntry[] | undefined; load: () => void } {
  const current = useSyncExternalStore(subscribe, () => entries);
  return { entries: current, load: useCallback(load, []) };
}
