import { simplify as turfSimplify } from '@turf/turf';
import { z } from 'zod';
import { metresToDegrees } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/**
 * The input with detail under `metres` removed. Buffering a detailed shore is slow and the detail is lost in a
 * belt kilometres wide, so a recipe may simplify a shore before buffering it.
 */
export const simplify: Operation<{ metres: number }> = {
  summary: 'the input with detail under `metres` removed (before buffering a detailed shore)',
  inputs: { min: 1, max: 1 },
  params: z.strictObject({ metres: z.number().positive() }),
  run: ([shape], { metres }) => turfSimplify(shape!, { tolerance: metresToDegrees(metres) }),
};
