import { useSyncExternalStore } from 'react';
import { staticFile } from '../../data/static-file';
import type { SearchEntry } from '../../data/search-index-schema';

/**
 * The pinyin keys, fetched on first use (the search box's focus, or typing) and shared by every search box: a
 * first view nobody searches does not fetch them. Until they arrive, or if they cannot be read, search works
 * on the names alone.
 */
const index = staticFile<SearchEntry[]>('data/search-index.json', async (json) => {
  const { searchIndexSchema } = await import('../../data/search-index-schema');
  return searchIndexSchema.parse(json).entries;
});

/** For tests: start again as if the page had just loaded. */
export const forgetSearchIndex = () => index.set(undefined);

export interface PinyinKeys {
  entries: SearchEntry[] | undefined;
  /** On their way: a query that finds nothing by name may yet find something by pinyin. */
  loading: boolean;
  load: () => void;
}

export function useSearchIndex(): PinyinKeys {
  const entries = useSyncExternalStore(index.subscribe, index.get);
  const loading = useSyncExternalStore(index.subscribe, index.loading);
  return { entries, loading, load: index.load };
}
