import { z } from 'zod';
import { nameSchema } from '../../data/catalog-schema';

/** public/data/tours.json: guided sequences through plan zones, authored in data/tours.yaml. */

const slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lowercase ASCII slugs');

export const tourStepSchema = z.strictObject({
  zoneId: slug,
  /** A short line for the audience, taken from the catalog (a role, a theme, a quoted phrase). */
  caption: nameSchema.optional(),
});

export const tourSchema = z.strictObject({
  id: slug,
  name: nameSchema,
  /** The plans drawn while the tour runs; every other plan is switched off. */
  planIds: z.array(slug).min(1),
  steps: z.array(tourStepSchema).min(1),
});

export const toursSchema = z.array(tourSchema).min(1);

export type TourStep = z.infer<typeof tourStepSchema>;
export type Tour = z.infer<typeof tourSchema>;
