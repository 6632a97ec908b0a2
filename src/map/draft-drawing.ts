import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type SnapToCustom,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { mapMarks, uiColors } from '../config/design-tokens';
import type { DraftGeometry, DraftZone } from '../data/draft-model';
import type { DraftTool } from '../state/slices/draft-slice';
import { draftLayerPrefix } from './draft-layers';
import { baseLayerIds } from './layers/base-layers';

/**
 * Drawing for draft mode, on terra-draw (polygon, line and point modes; a select mode that drags vertices and
 * midpoints). This module and terra-draw are loaded only in draft mode. The draft's zones live in the store:
 * each finished shape is handed to `onDrawn` or `onReshaped`, and `show` redraws whatever the store holds
 * (after an undo, a reload, an edit).
 */

export interface DraftDrawing {
  setTool: (tool: DraftTool) => void;
  show: (zones: DraftZone[]) => void;
  stop: () => void;
}

/** How near (screen pixels) a vertex being drawn must come to a district border to snap to it. */
const SNAP_PIXELS = 12;
/** terra-draw types its colours as `#…` literals; the tokens are hex strings. */
const hex = (value: string) => value as `#${string}`;
const colour = hex(uiColors.draft);

/** Snaps to the nearest vertex of the district borders within SNAP_PIXELS. */
function snapToBorders(borders: Position[]): SnapToCustom {
  return (event, { project }) => {
    let best: Position | undefined;
    let bestDistance = SNAP_PIXELS;
    for (const vertex of borders) {
      const { x, y } = project(vertex[0]!, vertex[1]!);
      const distance = Math.hypot(x - event.containerX, y - event.containerY);
      if (distance < bestDistance) [best, bestDistance] = [vertex, distance];
    }
    return best;
  };
}

export function startDraftDrawing(
  map: MapLibreMap,
  borders: Position[],
  handlers: {
    onDrawn: (geometry: DraftGeometry) => void;
    onReshaped: (id: string, geometry: DraftGeometry) => void;
    onSelected: (id: string) => void;
  },
): DraftDrawing {
  const snapping = { toCoordinate: true, toCustom: snapToBorders(borders) };
  const editable = { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true, snappable: snapping } } };
  let nextId = 0;
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: draftLayerPrefix }),
    idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => `drawing-${++nextId}` },
    modes: [
      new TerraDrawPolygonMode({ snapping, styles: { fillColor: colour, fillOpacity: 0.25, outlineColor: colour, outlineWidth: 2 } }),
      new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: colour, lineStringWidth: 3 } }),
      new TerraDrawPointMode({ styles: { pointColor: colour, pointWidth: 7, pointOutlineColor: hex(mapMarks.casing), pointOutlineWidth: 2 } }),
      new TerraDrawSelectMode({
        flags: { polygon: editable, linestring: editable, point: { feature: { draggable: true } } },
        styles: { selectedPolygonColor: colour, selectedLineStringColor: colour, selectedPointColor: colour, selectionPointColor: colour },
      }),
    ],
  });
  draw.start();
  draw.setMode('polygon');
  // The draft's fill lies under the base map's rivers and borders, so they stay readable through it; its
  // outline, lines, points and handles stay on top.
  map.moveLayer(`${draftLayerPrefix}-polygon`, baseLayerIds.rivers);

  let showing = false;
  /** The shape being reshaped, selected again after a redraw (each change of the draft redraws it). */
  let selected: string | undefined;
  draw.on('select', (id) => {
    selected = String(id);
    if (!showing) handlers.onSelected(selected);
  });
  draw.on('deselect', () => {
    if (!showing) selected = undefined;
  });

  draw.on('finish', (id, { mode }) => {
    if (showing) return;
    const feature = draw.getSnapshotFeature(id);
    if (!feature) return;
    const geometry = feature.geometry as DraftGeometry;
    if (mode === 'select') handlers.onReshaped(String(id), geometry);
    else {
      // The store names the new zone; `show` draws it again under that name.
      draw.removeFeatures([id]);
      handlers.onDrawn(geometry);
    }
  });

  const modeOf = (geometry: DraftGeometry) => (geometry.type === 'Polygon' ? 'polygon' : geometry.type === 'LineString' ? 'linestring' : 'point');
  return {
    setTool: (tool) => draw.setMode(tool),
    show: (zones) => {
      showing = true;
      const current = draw.getMode();
      draw.clear();
      const features = zones.flatMap(({ id, geometry }): GeoJSONStoreFeatures[] =>
        geometry ? [{ id, type: 'Feature', geometry, properties: { mode: modeOf(geometry) } }] : [],
      );
      if (features.length) draw.addFeatures(features);
      draw.setMode(current);
      if (current === 'select' && selected && zones.some((z) => z.id === selected && z.geometry)) draw.selectFeature(selected);
      else selected = undefined;
      showing = false;
    },
    stop: () => draw.stop(),
  };
}
