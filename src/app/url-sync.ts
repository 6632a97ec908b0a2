import type { StoreApi, UseBoundStore } from 'zustand';
import { defaultVisiblePlanIds } from '../config/view';
import type { CatalogIndex } from '../data/catalog-index';
import { catalogIndexOf } from '../data/use-catalog';
import { messages } from '../i18n/messages';
import type { AppState } from '../state/store';
import { parseUrl, serializeUrl, type UrlState } from './url-state';

type Store = UseBoundStore<StoreApi<AppState>>;

/** The part of the store a link carries. */
export function urlStateOf(state: AppState, index: CatalogIndex): UrlState {
  return {
    plans: index.catalog.plans.map((p) => p.id).filter((id) => !state.hiddenPlanIds.includes(id)),
    zone: state.selectedZoneId,
    industry: state.lensIndustryId,
    compare: state.compareZoneIds,
    panel: state.panel,
    lang: state.locale,
    view: state.camera,
  };
}

/** Applies a link's state to the store; ids the catalog does not know are reported, not applied. */
export function applyUrlState(url: UrlState, store: Store, index: CatalogIndex): string[] {
  const s = store.getState();
  const unknown: string[] = [];
  const known = <T>(id: string | undefined, find: (id: string) => T | undefined) => {
    if (id && !find(id)) unknown.push(id);
    return Boolean(id && find(id));
  };
  const allPlans = index.catalog.plans.map((p) => p.id);
  const wanted = url.plans ?? defaultVisiblePlanIds.filter((id) => index.plan(id));
  wanted.filter((id) => !index.plan(id)).forEach((id) => unknown.push(id));
  s.plansShown(wanted.length ? wanted : allPlans, allPlans);
  // A link with its own view keeps it; otherwise the camera frames what the link picks.
  const frame = !url.view;
  if (known(url.zone, index.zone)) s.zoneSelected(url.zone!, { frame });
  else s.selectionCleared();
  if (known(url.industry, index.industry)) s.industryPicked(url.industry!);
  else s.lensCleared();
  s.compareCleared();
  for (const id of url.compare ?? []) if (known(id, index.zone)) s.zoneCompared(id, { frame: frame && !url.zone });
  s.panelOpened(url.panel ?? 'zone');
  return unknown;
}

/**
 * Keeps the address bar and the store in step: a link opens the view it describes, every change of view
 * becomes a history entry (camera moves only replace the current one), and back/forward restore views.
 */
export function startUrlSync(store: Store, win: Window = window): () => void {
  const notify = (label: 'unknownLinkParam' | 'zoneNotFound', items: string[]) => {
    if (items.length) store.getState().noticeShown(messages[store.getState().locale][label] + items.join(', '));
  };
  const first = parseUrl(win.location.search);
  if (first.state.lang) store.getState().localeChosen(first.state.lang);
  if (first.state.view) store.getState().cameraRequested(first.state.view);
  notify('unknownLinkParam', first.ignored);

  let index: CatalogIndex | undefined;
  let applying = false;
  const restore = (url: UrlState) => {
    if (!index) return;
    applying = true;
    notify('zoneNotFound', applyUrlState(url, store, index));
    store.getState().localeChosen(url.lang ?? 'zh');
    applying = false;
  };

  const write = (state: AppState, previous: AppState) => {
    if (!index || applying) return;
    const query = serializeUrl(urlStateOf(state, index), new URLSearchParams(win.location.search));
    if (query === win.location.search) return;
    const onlyCamera = serializeUrl({ ...urlStateOf(previous, index), view: state.camera }) === serializeUrl(urlStateOf(state, index));
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (onlyCamera) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };

  const whenReady = (state: AppState) => {
    if (index || state.catalog.status !== 'ready') return;
    index = catalogIndexOf(state.catalog.catalog);
    restore(first.state);
    win.history.replaceState(null, '', `${win.location.pathname}${serializeUrl(urlStateOf(store.getState(), index), new URLSearchParams(win.location.search))}`);
  };

  const onPopState = () => {
    const parsed = parseUrl(win.location.search);
    restore(parsed.state);
    if (parsed.state.view) store.getState().cameraRequested(parsed.state.view);
  };

  whenReady(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    // The change that brings the catalog is answered by applying the link, not by writing over it.
    if (!index) whenReady(state);
    else write(state, previous);
  });
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
