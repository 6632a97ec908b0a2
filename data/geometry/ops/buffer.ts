import { buffer as turfBuffer } from '@turf/turf';
import { z } from 'zod';
import { isArea, StepProblem } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/** Everything within `km` of the input; a negative `km` shrinks an area by that much. */
export const buffer: Operation<{ km: number }> = {
  summary: 'everything within `km` of the input (a negative `km` shrinks an area)',
  inputs: { min: 1, max: 1 },
  params: z.strictObject({ km: z.number().refine((km) => km !== 0, { error: 'a distance in km, not 0' }) }),
  run([shape], { km }) {
    if (km < 0 && !isArea(shape!)) throw new StepProblem('params.km', 'only an area can be shrunk (negative km)');
    return turfBuffer(shape!, km, { units: 'kilometers', steps: 8 }) ?? null;
  },
};
