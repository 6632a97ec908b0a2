import { useSyncExternalStore } from 'react';
import { staticFile } from '../../data/static-file';
import type { SearchEntry } from '../../data/search-index-schema';

/**
 * The pinyin keys, fetched on first use (the search box's focus) and shared by every search box. Until they
 * arrive, or if they cannot be read, search works on the names alone.
 */
const index = staticFile<SearchEntry[]>('data/search-index.json', async (json) => {
  const { searchIndexSchema } = await import('../../data/search-index-schema');
  return searchIndexSchema.parse(json).entries;
});

/** For tests: start again as if the page had just loaded. */
export const forgetSearchIndex = () => index.set(undefined);

export function useSearchIndex(): { entries: SearchEntry[] | undefined; load: () => void } {
  return { entries: useSyncExternalStore(index.subscribe, index.get), load: index.load };
}
