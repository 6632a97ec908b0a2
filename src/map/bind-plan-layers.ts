import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CatalogIndex } from '../data/catalog-index';
import { lensScope, type LensScope } from '../data/lens-scope';
import { hiddenPlansOf, planVisibility } from '../state/plan-visibility';
import { lensSubjectOf } from '../state/slices/lens-slice';
import type { AppState, Store } from '../state/store';
import { frame } from './camera';
import { planLayerStates, plansDrawn } from './layers/plan-visibility';
import { carrierPlaces } from './carrier-places';
import { frameWhileUntouched } from './keep-framed';
import { placeBoxes } from './place-boxes';
import { applyLayerStates, setZoneFlag, syncPlanLayers } from './plan-layers-on-map';
import { zoneExtents, type ZoneExtent } from './zone-extents';

type Bbox = ZoneExtent['bbox'];

const scopeOf = (index: CatalogIndex, state: AppState): LensScope | undefined => {
  const subject = lensSubjectOf(state);
  return subject ? lensScope(index, subject) : undefined;
};

/**
 * Keeps the plan layers in step with the store: visibility (the user's plans, plus those of what is picked),
 * the selected and compared zones, the industry lens and the focused carrier become layout properties,
 * filters, the carrier dots' paint and the zones' feature states (the carriers have none). A lens shows its
 * whole answer: places of plans switched off are drawn too, and all of them are framed. Picked zones and
 * carriers are framed on request (bind-framing).
 */
export function bindPlanLayers(
  map: MapLibreMap,
  index: CatalogIndex,
  store: Store,
  {
    frameOnBind = true,
    linkHasView = false,
    nextFrame = (work: () => void) => void requestAnimationFrame(work),
  }: {
    /** Frame what the store picked once the extents are in (not the first view's binding, which frames nothing). */
    frameOnBind?: boolean;
    /** The page was opened on a view of its own (a link's `view`), which a lens it opens on must not move. */
    linkHasView?: boolean;
    /** Runs work at the next frame (the tests' own clock). */
    nextFrame?: (work: () => void) => void;
  } = {},
): () => void {
  /** Every zone's flags as last set, so that a lens changes on the map only the flags that change. */
  const zoneFlags = new Map<string, Record<string, boolean>>();
  const flagZone = (zoneId: string, flag: string, on: boolean) => {
    const flags = zoneFlags.get(zoneId);
    if ((flags?.[flag] ?? false) === on) return;
    zoneFlags.set(zoneId, { ...flags, [flag]: on });
    setZoneFlag(map, zoneId, flag, on);
  };
  let alive = true;
  let extents: Map<string, ZoneExtent> | undefined;
  /** Where the carriers lie: fetched for the first lens that has carriers to frame. */
  let carriersAt: Map<string, [number, number]> | undefined;
  /** Set when the lens should be framed but the extents have not arrived yet. */
  let framePending = false;
  const boxesOf = (scope: LensScope): Bbox[] => placeBoxes(scope.zoneIds, scope.carrierIds, (id) => extents?.get(id)?.bbox, carriersAt);

  let lensed: LensScope | undefined;
  /** Ends keeping the last lens framed (a new lens, a touch, or the binding's end). */
  let stopKeepingLens = () => {};
  const applyLens = (scope: LensScope | undefined, moveCamera: boolean) => {
    lensed = scope;
    stopKeepingLens();
    if (!scope || !moveCamera) return;
    if (extents) frameLens(scope);
    else framePending = true;
  };
  /**
   * Frames the lens on its zones and carriers (if where the carriers lie cannot be read, on its zones), and
   * frames it again while nobody touches the page if the panels over the map settle late: a link that opens on
   * a lens frames it before the map has its place in the page.
   */
  const frameLens = (scope: LensScope) => {
    const frameNow = () => {
      if (!alive || lensed !== scope) return;
      stopKeepingLens();
      stopKeepingLens = frameWhileUntouched(map, () => store.getState().mapInsets, () => {
        frame(map, boxesOf(scope), { force: true, sheet: store.getState().mapInsets });
      });
    };
    if (carriersAt || scope.carrierIds.length === 0) return frameNow();
    carrierPlaces().then((places) => {
      carriersAt = places;
      frameNow();
    }, frameNow);
  };

  /** The zones the lens has flagged, lit or dimmed. */
  let lensFlagged = new Set<string>();
  /**
   * Lights the lens's zones and dims the other zones drawn: those of the plans shown (a plan switched off is
   * not drawn, bar the lens's own zones). So a lens costs a flag per zone on the map, not per zone of every
   * plan, and switching a plan on under a lens dims its zones.
   */
  const flagLensZones = (scope: LensScope | undefined, hidden: string[]) => {
    const next = new Map<string, 'lensed' | 'dimmed'>();
    if (scope) {
      const hiddenPlans = new Set(hidden);
      for (const plan of index.catalog.plans) {
        if (!hiddenPlans.has(plan.id)) for (const zone of index.zonesOfPlan(plan.id)) next.set(zone.id, 'dimmed');
      }
      for (const id of scope.zoneIds) next.set(id, 'lensed');
    }
    for (const id of lensFlagged) {
      if (next.has(id)) continue;
      flagZone(id, 'lensed', false);
      flagZone(id, 'dimmed', false);
    }
    for (const [id, flag] of next) {
      flagZone(id, flag, true);
      flagZone(id, flag === 'lensed' ? 'dimmed' : 'lensed', false);
    }
    lensFlagged = new Set(next.keys());
  };

  /** Keeps the selected zone in the part of the map left visible, e.g. when the phone's sheet rises over it. */
  const frameSelection = (state: AppState) => {
    const box = state.selectedZoneId ? extents?.get(state.selectedZoneId)?.bbox : undefined;
    if (box && !state.focusedCarrierId) frame(map, [box], { sheet: state.mapInsets });
  };

  /** The compared zones wear their letter's outline while the comparison is open. */
  let compared: string[] = [];
  const applyCompare = (state: AppState) => {
    const now = state.panel === 'compare' ? state.compareZoneIds : [];
    if (now.join() === compared.join()) return;
    for (const id of compared) {
      flagZone(id, 'compareA', false);
      flagZone(id, 'compareB', false);
    }
    now.forEach((id, i) => flagZone(id, i === 0 ? 'compareA' : 'compareB', true));
    compared = now;
  };

  /** What the layers show, as last applied: the plans hidden, the lens and the located carrier. */
  let shown: { hiddenKey: string; scope: LensScope | undefined; focused: string | undefined } | undefined;
  const applyLayers = (state: AppState, moveCamera: boolean) => {
    const scope = scopeOf(index, state);
    const hidden = hiddenPlansOf(planVisibility(state, index), index);
    // The located carrier's ring is a filter (planLayerStates); an unknown id locates nothing.
    const focused = state.focusedCarrierId && index.carrier(state.focusedCarrierId) ? state.focusedCarrierId : undefined;
    const lensChanged = !shown || scope !== shown.scope;
    const plansChanged = lensChanged || hidden.join() !== shown!.hiddenKey;
    if (!plansChanged && focused === shown!.focused) return;
    shown = { hiddenKey: hidden.join(), scope, focused };
    const states = planLayerStates(index.catalog, hidden, scope, focused);
    if (plansChanged) syncPlanLayers(map, index, plansDrawn(index.catalog, hidden, scope), states);
    applyLayerStates(map, states);
    if (plansChanged) flagLensZones(scope, hidden);
    if (lensChanged) applyLens(scope, moveCamera);
  };

  let layersPending = false;
  const applyState = (state: AppState, previous?: AppState) => {
    if (previous && scopeOf(index, state) !== scopeOf(index, previous)) {
      // A new lens changes the panel and the map: the panel is painted first and the map takes the lens in
      // at the next frame, so the panel's frame does not wait for the map's (hundreds of ms in software at
      // 40 plans). Whatever else changes meanwhile is applied with it, from the state of that frame.
      if (!layersPending) {
        layersPending = true;
        nextFrame(() => {
          layersPending = false;
          if (alive) applyLayers(store.getState(), true);
        });
      }
    } else if (!layersPending) applyLayers(state, Boolean(previous));
    if (state.selectedZoneId !== previous?.selectedZoneId) {
      if (previous?.selectedZoneId) flagZone(previous.selectedZoneId, 'selected', false);
      if (state.selectedZoneId) flagZone(state.selectedZoneId, 'selected', true);
    } else if (previous && state.mapInsets !== previous.mapInsets) frameSelection(state);
    applyCompare(state);
  };

  applyState(store.getState());
  // A link that opens on a lens without a view of its own is framed on the lens once the extents are known.
  // (The store's camera cannot tell: by now it holds where the map came to rest on its first view.)
  framePending = frameOnBind && Boolean(lensed) && !linkHasView;
  // The first view's binding frames nothing, so it leaves the extents (another request) for later.
  if (frameOnBind) zoneExtents().then(
    (loaded) => {
      if (!alive) return;
      extents = loaded;
      if (framePending && lensed) frameLens(lensed);
      framePending = false;
      // A link's zone may lie outside the link's view, or under the sheet of the phone that opened it. Tours
      // (presenting, the kiosk's attract loop) frame their own steps.
      if (frameOnBind && store.getState().mode === 'explore') frameSelection(store.getState());
    },
    (error: unknown) => console.warn('zone extents unavailable; the camera will not frame zones', error),
  );
  const unsubscribe = store.subscribe((state, previous) => applyState(state, previous));
  return () => {
    alive = false;
    stopKeepingLens();
    unsubscribe();
  };
}
