import { useEffect, useMemo, useState } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import { afterFirstView } from '../../state/after-first-view';
import { useAppStore, type AppState } from '../../state/store';
import { deferredModule, useDeferredModule } from '../shared/deferred';
import type { Candidate, SearchTable } from './search-table';
import type { PinyinKeys } from './use-search-index';

// The search's code (its table, the matching, the list) is not the first view's: it comes once that is drawn.
const searchEngine = deferredModule(() => import('./search-engine'));
export type SearchEngine = Awaited<ReturnType<typeof searchEngine>>;

export interface SearchSource {
  /** The table of the plans' places, industries and families (built now if the idle build has not finished). */
  table: () => SearchTable;
  /** A draft's zones, looked at one by one. */
  draftZones: Candidate[];
}

/** The links across plans: the names search needs. Plan details, which come and go, do not rebuild its table. */
const linksCatalog = (s: AppState) => (s.catalog.status === 'ready' && !s.catalog.partial ? s.catalog.catalog : undefined);

/**
 * What a keystroke searches. The search's code is fetched once the first view is drawn and the browser is idle
 * (or when the box is first `used`); the pinyin keys, data a first view nobody searches has no use for, when
 * the box is first used (focused, typed in). The table is built from the keys and the links while the browser
 * stays idle, so that typing finds it ready; so are the counts a family's option shows. `index` is the links'
 * (`useLinksIndex`), with a draft's zones.
 */
export function useSearchSource(
  index: CatalogIndex | undefined,
  pinyin: PinyinKeys,
  used: boolean,
): { engine?: SearchEngine; source?: SearchSource } {
  const catalog = useAppStore(linksCatalog);
  const { entries, load } = pinyin;
  const [idle, setIdle] = useState(false);
  useEffect(() => afterFirstView(useAppStore, () => setIdle(true)), []);
  useEffect(() => {
    if (used) load();
  }, [used, load]);
  const engine = useDeferredModule(searchEngine, idle || used);
  useEffect(() => {
    if (engine && catalog && entries) engine.prepareSearchTable(catalog, entries);
  }, [engine, catalog, entries]);
  useEffect(() => (engine && index ? engine.workOutFamilyCounts(index) : undefined), [engine, index]);
  const source = useMemo(
    () =>
      engine && index && catalog
        ? { table: () => engine.searchTableNow(catalog, entries), draftZones: engine.draftZoneCandidates(index.catalog, catalog.zones.length) }
        : undefined,
    [engine, index, catalog, entries],
  );
  return { engine, source };
}
