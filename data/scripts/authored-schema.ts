import { z } from 'zod';
import {
  carrierSchema,
  codesSchema,
  familySchema,
  indicatorTableSchema,
  industrySchema,
  nameSchema,
  planSchema,
  refSchema,
  sectionSchema,
  sourceSchema,
  targetSchema,
  taskSchema,
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

/**
 * A change to a zone written elsewhere (a draft's edit of a plan zone): the fields it gives replace the zone's,
 * its refs are added to the zone's, and `carrierIds` names exactly the carriers the zone then has.
 */
export const authoredZoneEditSchema = z
  .object({
    id: zoneSchema.shape.id,
    name: nameSchema.optional(),
    role: nameSchema.optional(),
    industryIds: zoneSchema.shape.industryIds.optional(),
    carrierIds: zoneSchema.shape.carrierIds.optional(),
    refs: z.array(refSchema).default([]),
  })
  .strict();

/** data/plans/*.yaml: either a whole plan (`plan:`) or a supplement to one (`planId:`). */
export const planFileSchema = z
  .object({
    plan: planSchema.strict().optional(),
    planId: z.string().optional(),
    zones: z.array(authoredZoneSchema).default([]),
    carriers: z.array(authoredCarrierSchema).default([]),
    targets: z.array(authoredTargetSchema).default([]),
    indicatorTables: z.array(authoredIndicatorTableSchema).default([]),
    zoneEdits: z.array(authoredZoneEditSchema).default([]),
  })
  .strict()
  .refine((file) => Boolean(file.plan) !== Boolean(file.planId), 'a plan file has either `plan:` or `planId:`, not both');

/** An industry's family and codes are written in data/families.yaml, not beside the industry. */
export const industriesFileSchema = z.array(industrySchema.omit({ familyId: true, codes: true }).strict());

/** An industry's own codes in data/families.yaml; `{}` when its family's codes say it all. */
const ownCodesSchema = codesSchema.extend({ gbt4754: codesSchema.shape.gbt4754.default([]) }).strict();

/** data/families.yaml: each family with its codes and its industries (id → own codes). */
export const familiesFileSchema = z.array(
  z
    .object({
      id: familySchema.shape.id,
      name: nameSchema,
      codes: codesSchema.strict(),
      industries: z.record(z.string(), ownCodesSchema),
    })
    .strict(),
);

/** data/tasks-2022.yaml: units and programmes written once, tasks naming them by key. */
export const tasksFileSchema = z
  .object({
    units: z.record(z.string(), nameSchema),
    programmes: z.record(z.string(), nameSchema),
    tasks: z.array(
      taskSchema
        .extend({
          programme: z.string().min(1),
          leads: z.array(z.string().min(1)).min(1),
          industryIds: taskSchema.shape.industryIds.default([]),
          carrierIds: taskSchema.shape.carrierIds.default([]),
        })
        .strict(),
    ),
  })
  .strict();

/** data/target-industries.yaml: target id → the industries it measures. */
export const targetIndustriesFileSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));

/** data/codes/*.yaml: one row per code, its name flat beside it. */
const codeRowsSchema = z.array(z.object({ code: z.string().min(1), zh: z.string().min(1), en: z.string().min(1) }).strict());
export const gbtCodesFileSchema = codeRowsSchema;
export const seiCodesFileSchema = codeRowsSchema;
export const servicesCodesFileSchema = z.object({ producer: codeRowsSchema, consumer: codeRowsSchema }).strict();
export type CodeRows = z.infer<typeof codeRowsSchema>;
export const sourcesFileSchema = z.array(sourceSchema.omit({ sections: true }).strict());
export const sectionsFileSchema = z.record(z.string(), z.array(sectionSchema));
/** data/units.yaml: every unit the targets use, as the document writes it and in English. */
export const unitsFileSchema = z.array(z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }));
export const metaFileSchema = z.object({ version: z.string().min(1), planOrder: z.array(z.string()).default([]) }).strict();

export type PlanFile = z.infer<typeof planFileSchema>;
export type AuthoredTarget = z.infer<typeof authoredTargetSchema>;
export type AuthoredZoneEdit = z.infer<typeof authoredZoneEditSchema>;
