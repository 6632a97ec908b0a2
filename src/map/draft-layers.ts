import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

/**
 * The layers draft mode's drawing adds (terra-draw's adapter names them after the prefix). Apart from the drawing
 * module, so that the pointer can leave the draft's shapes to the drawing without loading it.
 */
export const draftLayerPrefix = 'draft';
const draftLayerIds = ['polygon', 'polygon-outline', 'linestring', 'point'].map((kind) => `${draftLayerPrefix}-${kind}`);

/** Whether a draft shape lies under the point (then a click selects it for reshaping, not the plan's zone). */
export function onDraftShape(map: MapLibreMap, point: PointLike): boolean {
  const layers = draftLayerIds.filter((id) => map.getLayer(id));
  return layers.length > 0 && map.queryRenderedFeatures(point, { layers }).length > 0;
}
