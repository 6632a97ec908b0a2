import { readFileSync } from 'node:fs';
import { along, length, lineIntersect, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;

/** The label point of a zone: inside it (pole of inaccessibility) or on its line. */
export function labelPointOf(zoneId: string): Position {
  const label = read('public/geojson/zone-labels.geojson').features.find((f) => f.properties?.id === zoneId);
  if (!label || label.geometry.type !== 'Point') throw new Error(`no label point for ${zoneId}`);
  return label.geometry.coordinates;
}

/** A zone's extent (west, south, east, north), as the data build writes it beside the label point. */
export function bboxOf(zoneId: string): [number, number, number, number] {
  const label = read('public/geojson/zone-labels.geojson').features.find((f) => f.properties?.id === zoneId);
  if (!label?.properties?.bbox) throw new Error(`no extent for ${zoneId}`);
  return label.properties.bbox as [number, number, number, number];
}

/** A point a given share of the way along a line zone. */
export function pointOnLine(planId: string, zoneId: string, share = 0.3): Position {
  const line = read(`public/geojson/${planId}.geojson`).features.find((f) => f.properties?.id === zoneId) as
    | Feature<LineString>
    | undefined;
  if (!line || line.geometry.type !== 'LineString') throw new Error(`${zoneId} is not a LineString`);
  return along(line, length(lineString(line.geometry.coordinates)) * share).geometry.coordinates;
}

/** Where two line zones of a plan cross, the northernmost crossing first. */
export function crossingOf(planId: string, a: string, b: string): Position {
  const lines = read(`public/geojson/${planId}.geojson`).features.filter((f) => f.properties?.id === a || f.properties?.id === b) as Feature<LineString>[];
  if (lines.length !== 2) throw new Error(`${a} and ${b} are not both lines of ${planId}`);
  const crossings = lineIntersect(lines[0]!, lines[1]!).features.map((point) => point.geometry.coordinates);
  if (!crossings.length) throw new Error(`${a} and ${b} do not cross`);
  return crossings.sort((p, q) => q[1]! - p[1]!)[0]!;
}
