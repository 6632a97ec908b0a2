import { difference as turfDifference, featureCollection } from '@turf/turf';
import { z } from 'zod';
import { areasOnly } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/** The first input with every other input cut away (areas). */
export const difference: Operation<Record<string, never>> = {
  summary: 'the first input with every other input cut away (areas)',
  inputs: { min: 2, max: Infinity },
  params: z.strictObject({}),
  run: (inputs) => turfDifference(featureCollection(areasOnly(inputs, 'a difference'))),
};
