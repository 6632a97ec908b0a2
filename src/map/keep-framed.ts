import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapInsets } from '../state/slices/map-slice';
import { coveredInsets, mapOverlayAttribute } from './camera';

/** Inputs that mean somebody is using the page: from then on the view is theirs. */
const touches = ['pointerdown', 'wheel', 'keydown'] as const;
/** Less than this change in what covers the map is not worth moving the camera for. */
const tolerancePx = 2;

/** The part of the map nothing covers, as its four edges from the map's top left corner. */
function clearPart(map: MapLibreMap, sheet: MapInsets): number[] {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const covered = coveredInsets(map, sheet);
  return [covered.left, covered.top, width - covered.right, height - covered.bottom];
}

const same = (a: number[], b: number[]) => a.every((edge, i) => Math.abs(edge - b[i]!) <= tolerancePx);

/**
 * Frames (`frameIt`), then keeps what was framed clear of what covers the map while nobody touches the page. A
 * caption, card or panel laid out after the camera set off (its code or font came later, a kiosk's invitation
 * moved aside for a caption), or the map taking its final size late, would otherwise leave the framed zone
 * off-centre or partly hidden, and a kiosk would start each day a little elsewhere. When the panels over the
 * map settle differently or the map is resized, `frameIt` is called again. Watching ends at the first touch,
 * click, wheel or key, when anything else moves the camera, or with the returned function (a new request).
 */
export function frameWhileUntouched(map: MapLibreMap, sheet: () => MapInsets, frameIt: () => void): () => void {
  let clear = clearPart(map, sheet());
  let pending = 0;
  let ours = false;
  let movedByOthers = false;
  let resized = false;

  const frameOurselves = () => {
    ours = true;
    frameIt();
    ours = false;
  };
  const check = () => {
    pending = 0;
    if (movedByOthers) return stop();
    if (map.isMoving()) return;
    const now = clearPart(map, sheet());
    if (!resized && same(now, clear)) return;
    clear = now;
    resized = false;
    frameOurselves();
  };
  const schedule = () => {
    pending ||= requestAnimationFrame(check);
  };
  const resizes = new ResizeObserver(schedule);
  const watchOverlays = () => document.querySelectorAll(`[${mapOverlayAttribute}]`).forEach((el) => resizes.observe(el));
  const mutations = new MutationObserver(() => {
    watchOverlays();
    schedule();
  });
  // MapLibre's own resize also starts a "move": told apart by the `resize` that follows it at once.
  const onMoveStart = () => {
    if (!ours) movedByOthers = true;
  };
  const onResize = () => {
    movedByOthers = false;
    resized = true;
    schedule();
  };

  function stop() {
    cancelAnimationFrame(pending);
    resizes.disconnect();
    mutations.disconnect();
    for (const type of touches) window.removeEventListener(type, stop, true);
    map.off('movestart', onMoveStart);
    map.off('resize', onResize);
    map.off('moveend', schedule);
  }

  watchOverlays();
  mutations.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', mapOverlayAttribute] });
  for (const type of touches) window.addEventListener(type, stop, { capture: true, passive: true });
  map.on('movestart', onMoveStart);
  map.on('resize', onResize);
  // What changed during a flight, or who else moved the camera, is looked at when it ends.
  map.on('moveend', schedule);
  frameOurselves();
  return stop;
}
