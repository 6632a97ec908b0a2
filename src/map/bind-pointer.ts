import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { CatalogIndex } from '../data/catalog-index';
import { drawingOnMap } from '../state/slices/draft-slice';
import type { Store } from '../state/store';
import { visitorPick } from '../state/visitor-pick';
import { onDraftShape } from './draft-layers';
import { clickableLayerIds, setZoneFlag } from './plan-layers-on-map';
import { relayPlanTiles } from './plan-source';
import { zonesAtPoint } from './zones-at-point';

/**
 * Clicks and taps ask the store to select what lies beneath (on a kiosk, what a visitor means: see
 * visitorPick); the mouse highlights what it hovers.
 */
export function bindPointer(map: MapLibreMap, index: CatalogIndex, store: Store): () => void {
  let hovered: string | undefined;
  // A tap also sends the mouse events older pages expect, a mousemove before its click among them: nothing
  // hovers under a finger, and on a slow phone that move's lookup held up the tap's frame. Pointer events
  // come first and say what sent them, so the mouse's moves count again as soon as a mouse moves.
  let touching = false;
  const onPointer = (event: PointerEvent) => {
    touching = event.pointerType === 'touch';
  };

  const setHovered = (zoneId: string | undefined) => {
    if (zoneId === hovered) return;
    if (hovered) setZoneFlag(map, hovered, 'hover', false);
    if (zoneId) setZoneFlag(map, zoneId, 'hover', true);
    hovered = zoneId;
    map.getCanvas().style.cursor = zoneId ? 'pointer' : '';
  };

  // While draft mode draws, a click places a vertex and the cursor is the drawing tool's; a click on a draft's
  // shape selects it for reshaping (the drawing opens its card).
  const leftToDraft = (event: MapMouseEvent) => {
    const state = store.getState();
    return drawingOnMap(state) || (state.draftOpen && onDraftShape(map, event.point));
  };
  const pick = (hits: string[]) => {
    const state = store.getState();
    const shownPlans = index.catalog.plans.map((plan) => plan.id).filter((id) => !state.hiddenPlanIds.includes(id));
    state.mapClicked(state.mode === 'kiosk' ? visitorPick(hits, shownPlans, index) : hits);
  };
  const onClick = (event: MapMouseEvent) => {
    if (leftToDraft(event)) return;
    const hits = zonesAtPoint(map, event.point, clickableLayerIds);
    if (hits) return pick(hits);
    // MapLibre could not read its tiles: they are laid out afresh and the same point read once they are
    // drawn, so the tap is not lost.
    void relayPlanTiles(map).then(() => {
      map.once('idle', () => {
        const again = zonesAtPoint(map, event.point, clickableLayerIds);
        if (again) pick(again);
      });
      map.triggerRepaint();
    });
  };
  const onMove = (event: MapMouseEvent) => {
    if (touching) return;
    setHovered(leftToDraft(event) ? undefined : zonesAtPoint(map, event.point, clickableLayerIds)?.[0]);
  };
  const onLeave = () => setHovered(undefined);

  const container = map.getCanvasContainer();
  container.addEventListener('pointerdown', onPointer);
  container.addEventListener('pointermove', onPointer);
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.getCanvas().addEventListener('mouseleave', onLeave);
  return () => {
    container.removeEventListener('pointerdown', onPointer);
    container.removeEventListener('pointermove', onPointer);
    map.off('click', onClick);
    map.off('mousemove', onMove);
    map.getCanvas().removeEventListener('mouseleave', onLeave);
  };
}
