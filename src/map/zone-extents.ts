import { pointFileLookup } from './point-file-lookup';

export interface ZoneExtent {
  planId: string;
  bbox: [number, number, number, number];
}

/**
 * Every zone's extent, from the label file the data build writes, so the camera can frame zones not yet drawn.
 * Fetched once for the whole app; a failed fetch is tried again by the next caller.
 */
export const zoneExtents = pointFileLookup<{ id: string; planId: string; bbox: ZoneExtent['bbox'] }, Map<string, ZoneExtent>>(
  'geojson/zone-labels.geojson',
  (labels) => new Map(labels.features.map((f) => [f.properties.id, { planId: f.properties.planId, bbox: f.properties.bbox }])),
);
