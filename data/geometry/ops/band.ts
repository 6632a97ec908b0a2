import { buffer, lineSliceAlong, lineString, nearestPointOnLine } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { z } from 'zod';
import { km, position, StepProblem } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

interface Params {
  at: Position;
  km2: number;
  widthKm: number;
}

/**
 * A band `widthKm` wide along the input line, centred on `at` and as long as `km2` needs. The base map's lines
 * are good to ~1 km and may run some hundreds of metres off a town that stands on them: the band keeps the
 * line's course but is moved to pass through `at`.
 */
export const band: Operation<Params> = {
  summary: 'a band `widthKm` wide along the input line, centred on `at` (moved onto it), of `km2`',
  inputs: { min: 1, max: 1 },
  params: z.strictObject({ at: position, km2: z.number().positive(), widthKm: km }),
  run([line], { at, km2, widthKm }) {
    if (line!.geometry.type !== 'LineString') throw new StepProblem('inputs[0]', `is a ${line!.geometry.type}; a band follows one line`);
    const course = line as GeoJSON.Feature<LineString>;
    const half = widthKm / 2;
    const length = (km2 - Math.PI * half ** 2) / widthKm;
    if (length <= 0) throw new StepProblem('params.km2', `${km2} km² is less than the round ends of a ${widthKm} km band`);
    const nearest = nearestPointOnLine(course, at, { units: 'kilometers' });
    const along = nearest.properties.location ?? 0;
    const piece = lineSliceAlong(course, along - length / 2, along + length / 2, { units: 'kilometers' });
    const [dx, dy] = [at[0]! - nearest.geometry.coordinates[0]!, at[1]! - nearest.geometry.coordinates[1]!];
    const moved = lineString(piece.geometry.coordinates.map(([x, y]) => [x! + dx, y! + dy]));
    return buffer(moved, half, { units: 'kilometers', steps: 12 }) ?? null;
  },
};
