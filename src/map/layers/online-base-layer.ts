import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/** An optional online raster base map, off unless configured; the offline layers stay above it. */
export const onlineBaseSourceId = 'online-base';

export const onlineBaseSource = (url: string, attribution: string): Record<string, SourceSpecification> => ({
  [onlineBaseSourceId]: { type: 'raster', tiles: [url], tileSize: 256, attribution, maxzoom: 18 },
});

export const onlineBaseLayer: LayerSpecification = {
  id: 'online-base-raster',
  type: 'raster',
  source: onlineBaseSourceId,
  paint: { 'raster-opacity': 0.55, 'raster-saturation': -0.6 },
};
