import type { FeatureCollection, Point } from 'geojson';

export interface ZoneExtent {
  planId: string;
  bbox: [number, number, number, number];
}

/** Zone extents from the label file the data build writes, so the camera can frame zones not yet drawn. */
export async function loadZoneExtents(url: string): Promise<Map<string, ZoneExtent>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`zone labels: HTTP ${response.status}`);
  const labels = (await response.json()) as FeatureCollection<Point, { id: string; planId: string; bbox: ZoneExtent['bbox'] }>;
  return new Map(labels.features.map((f) => [f.properties.id, { planId: f.properties.planId, bbox: f.properties.bbox }]));
}
