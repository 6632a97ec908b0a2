import { z } from 'zod';
import type { Operation } from '../types.ts';

/** The shape of another zone, of this plan or any other (plans that mean the same corridor draw it once). */
export const zone: Operation<{ zone: string }> = {
  summary: 'the shape of another zone, of any plan, by its id',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ zone: z.string() }),
  run: (_, params, context) => context.zone(params.zone),
};
