import { area, centerOfMass, centroid, length } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** What a zone's shape comes to: its area (polygons) or length (lines) and where its weight lies. */
export interface ZoneMeasure {
  type: string;
  /** km² for polygons, km for lines, 0 for points. */
  size: number;
  centre: Position;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function measureZone(feature: Feature): ZoneMeasure {
  const { type } = feature.geometry;
  const polygonal = type === 'Polygon' || type === 'MultiPolygon';
  const linear = type === 'LineString' || type === 'MultiLineString';
  const size = polygonal ? area(feature) / 1e6 : linear ? length(feature, { units: 'kilometers' }) : 0;
  // The area-weighted centre for polygons, so that simplification (which moves vertices, not mass) does not move it.
  const centre = (polygonal ? centerOfMass(feature) : centroid(feature)).geometry.coordinates;
  return { type, size: round(size, 3), centre: centre.map((c) => round(c, 5)) };
}

/** Every zone of a plan layer, by id. */
export const measureLayer = (layer: FeatureCollection): Record<string, ZoneMeasure> =>
  Object.fromEntries(layer.features.map((f) => [String(f.properties?.id), measureZone(f)]));
