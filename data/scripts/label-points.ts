import polylabel from 'polylabel';
import { along, area, length, lineString, polygon as turfPolygon } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** ~100 m: finer than any label needs at zoom 8–14. */
const precision = 0.001;

function largestPolygon(polygons: Position[][][]): Position[][] {
  return polygons.reduce((best, rings) => (area(turfPolygon(rings)) > area(turfPolygon(best)) ? rings : best));
}

/**
 * Where a shape's label goes: inside the largest part of an area (its pole of inaccessibility, so a
 * crescent or a ring band gets its label on the band), 40 % along a line, or on the point itself.
 */
export function labelPoint(geometry: Geometry): Position {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'Polygon':
      return [...polylabel(geometry.coordinates, precision)];
    case 'MultiPolygon':
      return [...polylabel(largestPolygon(geometry.coordinates), precision)];
    case 'LineString': {
      const line = lineString(geometry.coordinates);
      return along(line, length(line) * 0.4).geometry.coordinates;
    }
    case 'MultiLineString': {
      const longest = geometry.coordinates.reduce((a, b) => (length(lineString(b)) > length(lineString(a)) ? b : a));
      const line = lineString(longest);
      return along(line, length(line) * 0.4).geometry.coordinates;
    }
    default:
      throw new Error(`no label point for ${geometry.type}`);
  }
}
