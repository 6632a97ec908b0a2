import './zod-without-eval';
import * as z from 'zod/mini';
import { nameSchema } from './first-view-index-schema';

/** public/data/tours.json: guided sequences through plan zones, authored in data/tours.yaml. */

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lowercase ASCII slugs'));

export const tourStepSchema = z.strictObject({
  zoneId: slug,
  /** A short line for the audience, taken from the catalog (a role, a theme, a quoted phrase). */
  caption: z.optional(nameSchema),
  /**
   * What the camera frames for this step when it is not just the step's zone: the zones named (e.g. all three
   * functional zones at once) and/or a closest zoom, so a small park is shown with its surroundings.
   */
  frame: z.optional(
    z.object({
      zoneIds: z.optional(z.array(slug).check(z.minLength(1))),
      maxZoom: z.optional(z.number().check(z.gte(7), z.lte(15))),
    }),
  ),
});

export const tourSchema = z.strictObject({
  id: slug,
  name: nameSchema,
  /** The industries a tour is about (one built from the industry lens): every slide shows them first. */
  industryIds: z.optional(z.array(slug).check(z.minLength(1))),
  /** The plans drawn while the tour runs; every other plan is switched off. */
  planIds: z.array(slug).check(z.minLength(1)),
  /** Played by the kiosk's attract loop, in the order of the file, and offered by its plan switcher. */
  attract: z.optional(z.boolean()),
  steps: z.array(tourStepSchema).check(z.minLength(1)),
});

export const toursSchema = z.array(tourSchema).check(z.minLength(1));

export type TourStep = z.infer<typeof tourStepSchema>;
export type Tour = z.infer<typeof tourSchema>;
