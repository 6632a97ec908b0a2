import { z } from 'zod';
import {
  carrierSchema,
  indicatorTableSchema,
  industrySchema,
  nameSchema,
  planSchema,
  sectionSchema,
  sourceSchema,
  targetSchema,
  zoneSchema,
} from '../../src/data/catalog-schema.ts';

/**
 * The shape of the files planners edit under data/. It is the public catalog minus what the build derives:
 * a zone's planId, carrierIds and targetIds, and a target's scope, follow from where a record is written, and
 * a target's unit is looked up in data/units.yaml. Every object is strict, like the catalog's.
 */
export const authoredZoneSchema = zoneSchema
  .omit({ planId: true, carrierIds: true, targetIds: true })
  .strict();

export const authoredCarrierSchema = carrierSchema.strict();

export const authoredTargetSchema = targetSchema
  .omit({ scope: true })
  .extend({
    zoneId: z.string().optional(),
    /** The document's unit (亿元, 家 …), a key of data/units.yaml; or `{ zh, en }` where what a 个 or 家 counts needs its own English. */
    unit: z.union([z.string().min(1), nameSchema]).optional(),
  })
  .strict();

export const authoredIndicatorTableSchema = indicatorTableSchema.omit({ planId: true }).strict();

/** data/plans/*.yaml: either a whole plan (`plan:`) or a supplement to one (`planId:`). */
export const planFileSchema = z
  .object({
    plan: planSchema.strict().optional(),
    planId: z.string().optional(),
    zones: z.array(authoredZoneSchema).default([]),
    carriers: z.array(authoredCarrierSchema).default([]),
    targets: z.array(authoredTargetSchema).default([]),
    indicatorTables: z.array(authoredIndicatorTableSchema).default([]),
  })
  .strict()
  .refine((file) => Boolean(file.plan) !== Boolean(file.planId), 'a plan file has either `plan:` or `planId:`, not both');

export const industriesFileSchema = z.array(industrySchema.strict());
export const sourcesFileSchema = z.array(sourceSchema.omit({ sections: true }).strict());
export const sectionsFileSchema = z.record(z.string(), z.array(sectionSchema));
/** data/units.yaml: every unit the targets use, as the document writes it and in English. */
export const unitsFileSchema = z.array(z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));
export const metaFileSchema = z.object({ version: z.string().min(1), planOrder: z.array(z.string()).default([]) }).strict();

export type PlanFile = z.infer<typeof planFileSchema>;
export type AuthoredTarget = z.infer<typeof authoredTargetSchema>;
