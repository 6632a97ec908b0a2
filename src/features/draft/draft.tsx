import { useEffect } from 'react';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { assetUrl } from '../../config/env';
import type { DraftDrawing } from '../../map/draft-drawing';
import { usePlanMap } from '../../map/plan-map-context';
import { useAppStore } from '../../state/store';
import { loadDraft, saveDraft } from '../../data/draft-storage';
import { DraftPanel } from './draft-panel';
import './draft.css';

/** Every vertex of the district borders, for snapping. */
async function districtVertices(): Promise<Position[]> {
  const response = await fetch(assetUrl('geojson/base/districts.geojson'));
  const districts = (await response.json()) as FeatureCollection<Polygon | MultiPolygon>;
  return districts.features.flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2)));
}

/**
 * Draft mode: the draft is restored from the browser, kept there on every change, and drawn on the map with
 * terra-draw (loaded here, never in the first view's bundle) once the map is ready.
 */
export function Draft() {
  const mapStatus = useAppStore((s) => s.mapStatus);
  const planMap = usePlanMap();

  useEffect(() => {
    const store = useAppStore.getState();
    store.draftOpened();
    store.draftRestored(loadDraft());
    return useAppStore.subscribe((state, previous) => {
      if (state.draft.present !== previous.draft.present) saveDraft(state.draft.present);
    });
  }, []);

  useEffect(() => {
    const map = planMap?.map;
    if (mapStatus !== 'ready' || !map) return;
    let drawing: DraftDrawing | undefined;
    let unsubscribe = () => {};
    let cancelled = false;
    Promise.all([import('../../map/draft-drawing'), districtVertices().catch(() => [])]).then(([{ startDraftDrawing }, borders]) => {
      if (cancelled) return;
      const { draftZoneDrawn, draftZoneReshaped } = useAppStore.getState();
      drawing = startDraftDrawing(map, borders, { onDrawn: draftZoneDrawn, onReshaped: draftZoneReshaped });
      drawing.show(useAppStore.getState().draft.present);
      drawing.setTool(useAppStore.getState().draftTool);
      unsubscribe = useAppStore.subscribe((state, previous) => {
        if (state.draft.present !== previous.draft.present) drawing?.show(state.draft.present);
        if (state.draftTool !== previous.draftTool) drawing?.setTool(state.draftTool);
      });
    });
    return () => {
      cancelled = true;
      unsubscribe();
      drawing?.stop();
    };
  }, [mapStatus, planMap]);

  return <DraftPanel />;
}
