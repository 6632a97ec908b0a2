import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

/** Half the side of the square searched around a click: forgiving for fingers, still precise. */
export const pickRadiusPx = 6;

/**
 * Every zone under a point, across all visible plans, topmost first and each once; undefined when MapLibre
 * cannot read its features this frame.
 */
export function zonesAtPoint(map: MapLibreMap, point: { x: number; y: number }, layers: string[]): string[] | undefined {
  const box: [PointLike, PointLike] = [
    [point.x - pickRadiusPx, point.y - pickRadiusPx],
    [point.x + pickRadiusPx, point.y + pickRadiusPx],
  ];
  const present = layers.filter((id) => map.getLayer(id));
  try {
    const ids = map.queryRenderedFeatures(box, { layers: present }).map((f) => String(f.properties.id));
    return [...new Set(ids)];
  } catch (error) {
    // MapLibre's feature index can disagree with a tile's features ("feature index out of bounds",
    // maplibre-gl-js issues 2923 and 8064; see tilesSettled in plan-source): the caller has the tiles laid
    // out again and asks once the map has drawn.
    console.warn('map: zones under the pointer could not be read', error);
    return undefined;
  }
}
