import { useEffect, useMemo } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import type { SearchEntry } from '../../data/search-index-schema';
import { afterFirstView } from '../../state/after-first-view';
import { useAppStore, type AppState } from '../../state/store';
import { draftZoneCandidates, type Candidate, type SearchTable } from './search-table';
import { prepareSearchTable, searchTableNow, workOutFamilyCounts } from './search-table-build';

export interface SearchSource {
  /** The table of the plans' places, industries and families (built now if the idle build has not finished). */
  table: () => SearchTable;
  /** A draft's zones, looked at one by one. */
  draftZones: Candidate[];
}

/** The links across plans: the names search needs. Plan details, which come and go, do not rebuild its table. */
const linksCatalog = (s: AppState) => (s.catalog.status === 'ready' && !s.catalog.partial ? s.catalog.catalog : undefined);

/**
 * What a keystroke searches. The pinyin keys are fetched once the first view is drawn and the browser is idle,
 * and the table is built from them and the links while it stays idle, so that typing finds it ready; so are the
 * counts a family's option shows. `index` is the links' (`useLinksIndex`).
 */
export function useSearchSource(index: CatalogIndex | undefined, pinyin: { entries: SearchEntry[] | undefined; load: () => void }): SearchSource | undefined {
  const catalog = useAppStore(linksCatalog);
  const { entries, load } = pinyin;
  useEffect(() => afterFirstView(useAppStore, load), [load]);
  useEffect(() => {
    if (catalog && entries) prepareSearchTable(catalog, entries);
  }, [catalog, entries]);
  useEffect(() => (index ? workOutFamilyCounts(index) : undefined), [index]);
  return useMemo(
    () => (index && catalog ? { table: () => searchTableNow(catalog, entries), draftZones: draftZoneCandidates(index.catalog, catalog.zones.length) } : undefined),
    [index, catalog, entries],
  );
}
