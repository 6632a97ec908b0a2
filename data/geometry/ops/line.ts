import { lineString } from '@turf/turf';
import type { Position } from 'geojson';
import { z } from 'zod';
import { positions } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/** A line through the given coordinates, in order (a corridor, a river the base map lacks, a cut line). */
export const line: Operation<{ through: Position[] }> = {
  summary: 'a line through the coordinates `through`, in order',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ through: positions(2) }),
  run: (_, params) => lineString(params.through),
};
