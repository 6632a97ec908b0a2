import './zod-without-eval';
import * as z from 'zod/mini';
import { planLevelValues, zoneKindValues } from './first-view-index';

/**
 * The first view's index (`data/catalog-index.json`) as a zod schema: the contract the data build writes and the
 * data tests hold the file to. The app checks the index on its way to the first view with the small check in
 * `first-view-check.ts`, which a unit test keeps in step with this schema: zod's core (17 kB gzip) is code the
 * first view would wait for. Written with zod's small build, as the tours' and the code names' schemas that share
 * `nameSchema` are.
 */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lowercase ASCII slugs'));
/** A bilingual name, as the catalog's schema has it (checked here with zod's small build). */
export const nameSchema = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.optional(z.string().check(z.minLength(1))) });

export const firstViewIndexSchema = z.strictObject({
  version: z.string().check(z.minLength(1)),
  plans: z
    .array(
      z.strictObject({
        id: slug,
        name: nameSchema,
        pattern: nameSchema,
        level: z.enum(planLevelValues),
        area: nameSchema,
        period: nameSchema,
        source: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  zones: z.array(
    z.strictObject({ id: slug, planId: slug, kind: z.enum(zoneKindValues), name: nameSchema, parentId: z.optional(slug) }),
  ),
});

