import { featureCollection, intersect } from '@turf/turf';
import { z } from 'zod';
import { areasOnly } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/** Where all the inputs overlap (areas): clips a shape to a district, a belt to the land. */
export const intersection: Operation<Record<string, never>> = {
  summary: 'where all the inputs overlap (areas): clips a shape to a district, a belt to the land',
  inputs: { min: 2, max: Infinity },
  params: z.strictObject({}),
  run: (inputs) => intersect(featureCollection(areasOnly(inputs, 'an intersection'))),
};
