import type { FeatureCollection, Point } from 'geojson';
import { assetUrl } from '../config/env';

export interface ZoneExtent {
  planId: string;
  bbox: [number, number, number, number];
}

type LabelFile = FeatureCollection<Point, { id: string; planId: string; bbox: ZoneExtent['bbox'] }>;

async function loadZoneExtents(url: string): Promise<Map<string, ZoneExtent>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`zone labels: HTTP ${response.status}`);
  const labels = (await response.json()) as LabelFile;
  return new Map(labels.features.map((f) => [f.properties.id, { planId: f.properties.planId, bbox: f.properties.bbox }]));
}

let loading: Promise<Map<string, ZoneExtent>> | undefined;

/**
 * Every zone's extent, from the label file the data build writes, so the camera can frame zones not yet drawn.
 * Fetched once for the whole app; a failed fetch is tried again by the next caller.
 */
export function zoneExtents(): Promise<Map<string, ZoneExtent>> {
  loading ??= loadZoneExtents(assetUrl('geojson/zone-labels.geojson')).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
