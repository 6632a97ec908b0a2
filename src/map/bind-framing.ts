import type { Map as MapLibreMap } from 'maplibre-gl';
import { draftExtent, type DraftZone } from '../data/draft-model';
import type { Framing } from '../state/slices/map-slice';
import type { Store } from '../state/store';
import { frame, type Bbox } from './camera';
import { carrierPlaces } from './carrier-places';
import { frameWhileUntouched } from './keep-framed';
import { placeBoxes } from './place-boxes';
import { zoneExtents, type ZoneExtent } from './zone-extents';

/** The last request each store had framed: a map re-created after a lost context must not fly there again. */
const framed = new WeakMap<Store, number>();

interface Places {
  extents: Map<string, ZoneExtent>;
  carriers: Map<string, [number, number]>;
}

const orNone = <T>(what: string, loaded: Promise<Map<string, T>>) =>
  loaded.catch((error: unknown) => {
    console.warn(`${what} unavailable; they cannot be framed`, error);
    return new Map<string, T>();
  });

/** The extents of what `framing` asks for; a file that cannot be read leaves its places unframed, not the others. */
const placesOf = (framing: Framing): Promise<Places> =>
  Promise.all([
    orNone('zone extents', zoneExtents()),
    framing.carrierIds.length ? orNone('carrier places', carrierPlaces()) : new Map<string, [number, number]>(),
  ]).then(([extents, carriers]) => ({ extents, carriers }));

function boxesOf(framing: Framing, { extents, carriers }: Places, draft: DraftZone[]): Bbox[] {
  // A draft's zone is framed on its drawn shape, or (an edit that keeps the plan's shape) on the plan zone's.
  const zoneBox = (id: string) => {
    const drafted = draft.find((zone) => zone.id === id);
    return drafted ? (draftExtent(drafted) ?? extents.get(drafted.editOf ?? '')?.bbox) : extents.get(id)?.bbox;
  };
  return placeBoxes(framing.zoneIds, framing.carrierIds, zoneBox, carriers);
}

/**
 * Moves the camera to whatever the store asks to frame (a zone picked from a list, a tour step, a carrier to
 * locate). The request is framed once the page has laid out what it opens with it, so a caption or card
 * that appears with the step is measured where it will be. The map's container says `data-framing="pending"`
 * from the request until the camera has arrived, and then `data-framed-zones` names the zones it framed
 * (screenshots and browser tests wait for it; the address bar is written a frame later).
 */
export function bindFraming(map: MapLibreMap, store: Store): () => void {
  let alive = true;
  let stopKeeping = () => {};
  const container = map.getContainer();
  const isLatest = (framing: Framing) => alive && store.getState().framing?.seq === framing.seq;
  const frameNow = (framing: Framing, places: Places) => {
    const { mapInsets, draft } = store.getState();
    frame(map, boxesOf(framing, places, draft.present), { force: true, sheet: mapInsets, ...(framing.maxZoom ? { maxZoom: framing.maxZoom } : {}) });
  };
  const arrived = (framing: Framing) => {
    if (!isLatest(framing)) return;
    container.dataset.framing = 'done';
    container.dataset.framedZones = framing.zoneIds.join(' ');
  };
  const handle = (framing: Framing | undefined) => {
    if (!framing || (framed.get(store) ?? 0) >= framing.seq) return;
    framed.set(store, framing.seq);
    stopKeeping();
    container.dataset.framing = 'pending';
    placesOf(framing).then((places) => {
      if (!isLatest(framing)) return;
      requestAnimationFrame(() => {
        if (!isLatest(framing)) return;
        stopKeeping = frameWhileUntouched(map, () => store.getState().mapInsets, () => {
          container.dataset.framing = 'pending';
          frameNow(framing, places);
          if (map.isMoving()) map.once('moveend', () => arrived(framing));
          else arrived(framing);
        });
      });
    });
  };
  handle(store.getState().framing);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.framing !== previous.framing) handle(state.framing);
  });
  return () => {
    alive = false;
    stopKeeping();
    unsubscribe();
  };
}
