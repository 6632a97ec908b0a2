import type { StoreApi, UseBoundStore } from 'zustand';
import { firstViewFile, linksFile } from '../config/data-files';
import { assetUrl } from '../config/env';
import { fetchDataFile } from '../data/fetch-data-file';
import { CatalogLoadError } from '../data/load-catalog-error';
import { firstViewOf } from '../data/load-first-view';
import type { AppState } from '../state/store';
import { parseUrl, readKioskParams, readPresentLink } from '../state/url';
import { startPlanDetailLoading } from './plan-detail-loading';

type Store = UseBoundStore<StoreApi<AppState>>;

/** After the first view is drawn, the visitor's first taps and the map's own requests go first. */
const afterFirstViewMs = 1000;

/** A link that opens more than plans and a camera (a zone, a lens, a panel, a mode) needs the links at once. */
function linkNeedsCatalog(search: string): boolean {
  const { state } = parseUrl(search);
  return Boolean(readPresentLink(search) ?? readKioskParams(search)) || Object.keys(state).some((key) => !['plans', 'lang', 'view'].includes(key));
}

/** Anything that asks a question of the catalog: a pick, a lens, another panel, a mode, the search field. */
const asksTheCatalog = (s: AppState): boolean =>
  s.catalogAsked ||
  s.mode !== 'explore' ||
  Boolean(s.selectedZoneId ?? s.lensIndustryId ?? s.lensFamilyId) ||
  s.overlapZoneIds.length > 0 ||
  s.compareZoneIds.length > 0 ||
  s.panel !== 'zone' ||
  s.searchOpen;

/**
 * Loads the catalog in steps. The first view's index (plans and zone names, a few kB) comes first: the map
 * and the layer panel draw from it. The links across plans (zones' industries and carriers, the carriers,
 * industries and families) follow once the first view is drawn and the browser is idle, or at once when
 * anything asks for them: a link that needs them, a pick on the map, another panel, the search field
 * (`catalogNeeded`). A plan's detail (what its cards cite) is fetched when a panel asks for it
 * (`plan-detail-loading.ts`). The index or the links damaged gives the catalog's alert, naming the file; the
 * base map carries on.
 */
export function startCatalogLoading(store: Store, search = window.location.search): () => void {
  let linksRequested = false;
  let timer: number | undefined;
  const failed = (file: string) => (error: unknown) =>
    error instanceof CatalogLoadError ? store.getState().catalogFailed(error.file, error.problems) : store.getState().catalogFailed(file, [String(error)]);

  // The index is asked for at once (the request index.html preloads) and checked by the first view's own small
  // check, so nothing but the file stands between the script and the plans' layers.
  const firstView = fetchDataFile(assetUrl(firstViewFile), (problems) => new CatalogLoadError(firstViewFile, problems)).then(firstViewOf);
  const linksWanted = () => {
    if (linksRequested) return;
    linksRequested = true;
    window.clearTimeout(timer);
    Promise.all([import('../data/load-catalog-links'), firstView])
      .then(([{ loadCatalogLinks }, catalog]) => loadCatalogLinks(assetUrl(linksFile), catalog))
      .then((catalog) => store.getState().catalogLoaded(catalog), failed(linksFile));
  };

  const whenIdle = () => {
    timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(linksWanted, { timeout: 3000 });
      else linksWanted();
    }, afterFirstViewMs);
  };

  firstView.then((catalog) => store.getState().firstViewLoaded(catalog), failed(firstViewFile));
  if (linkNeedsCatalog(search)) linksWanted();

  const check = (s: AppState, previous?: AppState) => {
    if (linksRequested) return;
    if (asksTheCatalog(s)) linksWanted();
    // The map could not draw the first view (no WebGL, a failed style): nothing to wait for.
    else if (s.mapStatus === 'unsupported' || s.mapStatus === 'failed') linksWanted();
    else if (s.firstViewDrawn && !previous?.firstViewDrawn) whenIdle();
  };
  check(store.getState());
  const unsubscribe = store.subscribe(check);
  const stopDetails = startPlanDetailLoading(store);
  return () => {
    unsubscribe();
    stopDetails();
    window.clearTimeout(timer);
  };
}
