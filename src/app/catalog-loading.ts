import type { StoreApi, UseBoundStore } from 'zustand';
import { assetUrl } from '../config/env';
import { CatalogLoadError } from '../data/load-catalog-error';
import { firstViewFile, loadFirstView } from '../data/load-first-view';
import type { AppState } from '../state/store';
import { parseUrl, readKioskParams, readPresentLink } from '../state/url';

type Store = UseBoundStore<StoreApi<AppState>>;

const catalogFile = 'data/catalog.json';
/** After the first view is drawn, the visitor's first taps and the map's own requests go first. */
const afterFirstViewMs = 1000;

/** A link that opens more than plans and a camera (a zone, a lens, a panel, a mode) needs the whole catalog at once. */
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
 * Loads the catalog in two steps. The first view's index (plans and zone names, a few kB) comes first: the map
 * and the layer panel draw from it. The whole catalog (industries, carriers, targets, tasks, references) follows
 * once the first view is drawn and the browser is idle, or at once when anything asks for it: a link that
 * needs it, a pick on the map, another panel, the search field (`catalogNeeded`). Either file damaged gives the
 * catalog's alert, naming it; the base map carries on.
 */
export function startCatalogLoading(store: Store, search = window.location.search): () => void {
  let wholeRequested = false;
  let timer: number | undefined;
  const failed = (file: string) => (error: unknown) =>
    error instanceof CatalogLoadError ? store.getState().catalogFailed(error.file, error.problems) : store.getState().catalogFailed(file, [String(error)]);

  const catalogWanted = () => {
    if (wholeRequested) return;
    wholeRequested = true;
    window.clearTimeout(timer);
    import('../data/load-catalog')
      .then(({ loadCatalog }) => loadCatalog(assetUrl(catalogFile), catalogFile))
      .then((catalog) => store.getState().catalogLoaded(catalog), failed(catalogFile));
  };

  const whenIdle = () => {
    timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(catalogWanted, { timeout: 3000 });
      else catalogWanted();
    }, afterFirstViewMs);
  };

  loadFirstView(assetUrl(firstViewFile)).then((catalog) => store.getState().firstViewLoaded(catalog), failed(firstViewFile));
  if (linkNeedsCatalog(search)) catalogWanted();

  const check = (s: AppState, previous?: AppState) => {
    if (wholeRequested) return;
    if (asksTheCatalog(s)) catalogWanted();
    // The map could not draw the first view (no WebGL, a failed style): nothing to wait for.
    else if (s.mapStatus === 'unsupported' || s.mapStatus === 'failed') catalogWanted();
    else if (s.firstViewDrawn && !previous?.firstViewDrawn) whenIdle();
  };
  check(store.getState());
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    window.clearTimeout(timer);
  };
}
