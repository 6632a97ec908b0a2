import { defaultVisiblePlanIds } from '../config/view';
import type { CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { catalogWithDraft, draftPlanId } from '../data/draft-catalog';
import { catalogIndexOf } from '../state/use-catalog';
import { messages } from '../i18n/messages';
import { setWaitingWrite } from '../state/address-bar';
import { closedOverlay, type Overlay } from '../state/slices/sheet-slice';
import type { AppState, Store } from '../state/store';
import { parseUrl, readDraftLink, serializeUrl, type UrlState } from '../state/url';
import { afterNextPaint } from '../state/after-next-paint';

/** The plans a link lists: the catalog's own (a draft is not a plan a link can switch). */
const linkablePlanIds = (index: CatalogIndex) => index.catalog.plans.map((p) => p.id).filter((id) => id !== draftPlanId);

/** The part of the store a link carries. */
export function urlStateOf(state: AppState, index: CatalogIndex): UrlState {
  return {
    plans: linkablePlanIds(index).filter((id) => !state.hiddenPlanIds.includes(id)),
    zone: state.selectedZoneId,
    industry: state.lensIndustryId,
    family: state.lensFamilyId,
    compare: state.compareZoneIds,
    panel: state.panel,
    lang: state.locale,
    view: state.camera,
  };
}

/** Ids a link names that the catalog does not have: plans and zones, and the industry or family of its lens. */
export interface UnknownInLink {
  places: string[];
  lens: string[];
}

/** Whether a link picks something besides plans, language and camera: a zone, a lens, a comparison, a panel. */
const linkPicks = (url: UrlState): boolean => Boolean(url.zone ?? url.industry ?? url.family ?? url.panel ?? url.compare?.length);

/** Shows the link's plans (or the default ones); returns the plan ids the catalog does not have. */
export function applyLinkPlans(url: UrlState, store: Store, index: CatalogIndex): string[] {
  const allPlans = linkablePlanIds(index);
  const wanted = url.plans ?? defaultVisiblePlanIds.filter((id) => index.plan(id));
  store.getState().plansShown(wanted.length ? wanted : allPlans, allPlans);
  return wanted.filter((id) => !index.plan(id));
}

/** Applies a link's state to the store; ids the catalog does not know are reported, not applied. */
export function applyUrlState(url: UrlState, store: Store, index: CatalogIndex): UnknownInLink {
  const s = store.getState();
  const unknown: string[] = [];
  const lens: string[] = [];
  const known = <T>(id: string | undefined, find: (id: string) => T | undefined, into = unknown) => {
    if (id && !find(id)) into.push(id);
    return Boolean(id && find(id));
  };
  unknown.push(...applyLinkPlans(url, store, index));
  // A link with its own view keeps it; otherwise the camera frames what the link picks.
  const frame = !url.view;
  if (known(url.zone, index.zone)) s.zoneSelected(url.zone!, { frame });
  else s.selectionCleared();
  if (known(url.family, index.family, lens)) s.familyPicked(url.family!);
  else if (known(url.industry, index.industry, lens)) s.industryPicked(url.industry!);
  else s.lensCleared();
  s.compareCleared();
  for (const id of url.compare ?? []) if (known(id, index.zone)) s.zoneCompared(id, { frame: frame && !url.zone });
  // A link to a lens alone (family=finance) opens on the lens.
  const { lensFamilyId, lensIndustryId } = store.getState();
  const lensAlone = !url.zone && Boolean(lensFamilyId ?? lensIndustryId);
  s.panelOpened(url.panel ?? (lensAlone ? 'lens' : 'zone'));
  return { places: unknown, lens };
}

/** What each history entry keeps besides its URL: the phone's overlay, and whether raising it made the entry. */
interface HistoryEntry {
  overlay: Overlay;
  rose?: boolean;
}

const overlayOf = ({ sheet, layerSheetOpen, searchOpen }: AppState): Overlay => ({ sheet, layerSheetOpen, searchOpen });
const sameOverlay = (a: Overlay, b: Overlay) => a.sheet === b.sheet && a.layerSheetOpen === b.layerSheetOpen && a.searchOpen === b.searchOpen;
/** How many things the back gesture has to close; half and full are one step, both "raised". */
const raised = (o: Overlay) => Number(o.sheet !== 'peek') + Number(o.layerSheetOpen) + Number(o.searchOpen);
const entryOf = (overlay: Overlay, rose?: boolean): HistoryEntry => (rose ? { overlay, rose } : { overlay });

/**
 * Keeps the address bar and the store in step: a link opens the view it describes, every change of view
 * becomes a history entry (camera moves only replace the current one; a kiosk only ever replaces its one
 * entry), and back/forward restore views.
 * On a phone, raising the sheet or opening the layer sheet or the search field is an entry of its own with
 * the same URL, so the back gesture closes it first and leaves the map where it is; a change of view made
 * with the sheet raised is an entry as any other. The address bar is written once the frame after a change is
 * painted (a pushState inside a click delays the click's answer); changes made before it are one write.
 */
export function startUrlSync(store: Store, win: Window = window): () => void {
  const notify = (label: 'unknownLinkParam' | 'zoneNotFound' | 'lensNotFound', items: string[]) => {
    if (items.length) store.getState().noticeShown(messages[store.getState().locale][label] + items.join(', '));
  };
  const first = parseUrl(win.location.search);
  if (first.state.lang) store.getState().localeChosen(first.state.lang);
  if (first.state.view) store.getState().cameraRequested(first.state.view);
  notify('unknownLinkParam', first.ignored);
  /** The link still to apply in full once the links across plans are in (the last one followed before they came). */
  let linked = first.state;

  /**
   * The catalog's index once it is loaded, with the draft's zones in draft mode (a link may name one), so it
   * waits there for the saved draft too.
   */
  let catalog: Catalog | undefined;
  let index: CatalogIndex | undefined;
  const draftMode = readDraftLink(win.location.search);
  const indexOf = (state: AppState) => catalogIndexOf(catalog && draftMode ? catalogWithDraft(catalog, state.draft.present) : catalog!);
  let applying = false;
  /** Set while the app itself goes back to drop the entry of a sheet the user lowered by hand. */
  let loweredByHand = false;
  const entry = (win.history.state as HistoryEntry | null) ?? undefined;
  if (entry?.overlay) store.getState().overlayRestored(entry.overlay);
  const restore = (url: UrlState) => {
    if (!index) return;
    applying = true;
    const unknown = applyUrlState(url, store, index);
    notify('zoneNotFound', unknown.places);
    notify('lensNotFound', unknown.lens);
    store.getState().localeChosen(url.lang ?? 'zh');
    applying = false;
  };

  const write = (state: AppState, previous: AppState) => {
    if (!index || applying) return;
    const query = serializeUrl(urlStateOf(state, index), win.location.search);
    const overlay = overlayOf(state);
    if (query === win.location.search && sameOverlay(overlay, overlayOf(previous))) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const onlyCamera = serializeUrl({ ...urlStateOf(previous, index), view: state.camera }) === serializeUrl(urlStateOf(state, index));
    if (state.mode === 'kiosk') {
      // A kiosk keeps one entry: no back swipe on its touch screen leaves the view, and a day of the attract
      // loop does not pile up thousands of entries (each a new URL the browser fetches the page's icon for).
      win.history.replaceState(entryOf(overlay), '', url);
    } else if (!onlyCamera) {
      // A change made in the search field or the layer sheet (a result, a plan switched on) takes the place
      // of the entry that opened it: back then goes to the view before, not to the open field.
      if (previous.searchOpen || previous.layerSheetOpen) win.history.replaceState(entryOf(overlay), '', url);
      else win.history.pushState(entryOf(overlay), '', url);
    } else if (raised(overlay) > raised(overlayOf(previous))) {
      win.history.pushState(entryOf(overlay, true), '', url);
    } else if (raised(overlay) < raised(overlayOf(previous)) && (win.history.state as HistoryEntry | null)?.rose) {
      // Lowered by hand with nothing else changed since it was raised: drop the entry the raising made, as
      // the back gesture would have, so that back does not stop twice at the same view.
      loweredByHand = true;
      win.history.back();
    } else win.history.replaceState(entryOf(overlay, (win.history.state as HistoryEntry | null)?.rose), '', url);
  };

  /** The state the address bar still shows while a write waits for the next frame. */
  let shown: AppState | undefined;
  let cancelWaiting = () => {};
  const dropWaiting = () => {
    cancelWaiting();
    shown = undefined;
    setWaitingWrite(undefined);
  };
  const writeWaiting = () => {
    const from = shown;
    dropWaiting();
    if (from) write(store.getState(), from);
  };
  const writeAfterPaint = (previous: AppState) => {
    if (shown) return;
    shown = previous;
    cancelWaiting = afterNextPaint(writeWaiting);
    setWaitingWrite(writeWaiting);
  };

  const urlOf = (state: AppState, catalogIndex: CatalogIndex) =>
    `${win.location.pathname}${serializeUrl(urlStateOf(state, catalogIndex), win.location.search)}${win.location.hash}`;

  let plansShown = false;
  const whenReady = (state: AppState) => {
    if (index || state.catalog.status !== 'ready') return;
    if (state.catalog.partial) {
      // The first view draws the link's plans; the rest of the link waits for the links across plans.
      if (plansShown) return;
      plansShown = true;
      notify('zoneNotFound', applyLinkPlans(linked, store, catalogIndexOf(state.catalog.catalog)));
      return;
    }
    // In draft mode a link may name a zone of the saved draft: its picks wait for the draft too.
    if (draftMode && !state.draftOpen) return;
    catalog = state.catalog.catalog;
    index = indexOf(state);
    if (!plansShown) restore(linked);
    // After the first view: the plans are on screen already, and what the visitor has done since (a zone
    // clicked, a plan switched) stands; only a link's own picks are still to apply.
    else if (linkPicks(linked)) restore({ ...linked, plans: urlStateOf(store.getState(), index).plans });
    win.history.replaceState(win.history.state, '', urlOf(store.getState(), index));
  };

  const onPopState = (event: PopStateEvent) => {
    // The entry the browser moved to is the view now; a change not yet written would write over it.
    dropWaiting();
    const entry = (event.state as HistoryEntry | null) ?? undefined;
    const landed = entry?.overlay ?? closedOverlay;
    const now = store.getState();
    const closesTool = (now.searchOpen && !landed.searchOpen) || (now.layerSheetOpen && !landed.layerSheetOpen);
    if (index && (loweredByHand || closesTool)) {
      // Lowered by hand, the store is already where the hand left it. Closed by the back gesture, the search
      // field or the layer sheet keeps what was done in it. Either way the entry below takes the current view.
      if (!loweredByHand) {
        applying = true;
        now.overlayRestored(landed);
        applying = false;
      }
      loweredByHand = false;
      win.history.replaceState(entryOf(overlayOf(store.getState()), entry?.rose), '', urlOf(store.getState(), index));
      return;
    }
    const parsed = parseUrl(win.location.search);
    if (!index) {
      // Before the links across plans: the link's plans and camera now, the rest of it when they come.
      linked = parsed.state;
      const { catalog } = store.getState();
      if (catalog.status === 'ready') applyLinkPlans(linked, store, catalogIndexOf(catalog.catalog));
      if (parsed.state.view) store.getState().cameraRequested(parsed.state.view);
      if (linkPicks(linked)) store.getState().catalogNeeded();
      return;
    }
    const sameView = index && serializeUrl({ ...parsed.state, view: undefined }) === serializeUrl({ ...urlStateOf(store.getState(), index), view: undefined });
    applying = true;
    now.overlayRestored(landed);
    applying = false;
    if (sameView && index) {
      // Only the sheet (or a field over the map) stepped back: the map stays where it is.
      win.history.replaceState(entry ?? null, '', urlOf(store.getState(), index));
      return;
    }
    restore(parsed.state);
    if (parsed.state.view) store.getState().cameraRequested(parsed.state.view);
  };

  whenReady(store.getState());
  const unsubscribe = store.subscribe((state, previous) => {
    // The change that brings the catalog is answered by applying the link, not by writing over it.
    if (!index) whenReady(state);
    else {
      index = indexOf(state);
      if (!applying) writeAfterPaint(previous);
    }
  });
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    dropWaiting();
    win.removeEventListener('popstate', onPopState);
  };
}
