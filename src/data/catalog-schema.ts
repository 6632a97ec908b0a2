import './zod-without-eval';
import { z } from 'zod';
import { carrierKindValues, sectorValues, zoneKindValues } from './first-view-index';

/**
 * The public data contract (see ../shared/guide/data-contract.md), as zod schemas. Every object is strict: a key
 * the contract does not know is an error, so a slip in an authored file (a misspelt field, or a value that a
 * YAML comma cut in two) fails the build instead of vanishing.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'ids are lowercase ASCII slugs');

export const nameSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});

export const refSchema = z.strictObject({
  source: z.string().min(1),
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([from, to]) => from <= to, 'lines must be [from, to] with from ≤ to'),
  quote: z.string().min(1).max(40).optional(),
  basis: z.enum(['stated', 'inferred']),
  /** How an inferred fact follows from the text, in both languages. */
  note: nameSchema.optional(),
});

export const sectionSchema = z.strictObject({ line: z.number().int().positive(), title: z.string().min(1).max(60) });

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  title: nameSchema,
  issuer: nameSchema,
  year: z.number().int(),
  /** The document's numbered headings, so a citation can name its section as well as its lines. */
  sections: z.array(sectionSchema).optional(),
});

export const planSchema = z.strictObject({
  id: slug,
  name: nameSchema,
  pattern: nameSchema,
  level: z.enum(['city', 'district']),
  area: nameSchema,
  period: nameSchema,
  source: z.string().min(1),
  refs: z.array(refSchema).min(1),
});

/** Industries the plan names as core, leading or key for a zone (主导, 核心, 重点 …), with where it says so. */
export const coreIndustriesSchema = z.strictObject({
  industryIds: z.array(slug).min(1),
  refs: z.array(refSchema).min(1),
});

// One list for both schemas; the index's lives in a module without the full schema.
export const zoneKinds = zoneKindValues;

export const zoneSchema = z.strictObject({
  id: slug,
  planId: slug,
  kind: z.enum(zoneKinds),
  name: nameSchema,
  role: nameSchema.optional(),
  theme: nameSchema.optional(),
  parentId: slug.optional(),
  /** The extent the document states for a park (km²); its drawn polygon must match within ±30 %. */
  areaKm2: z.number().positive().optional(),
  districts: z.array(z.string().min(1)),
  industryIds: z.array(slug),
  carrierIds: z.array(slug),
  targetIds: z.array(slug),
  /** Of the zone's industries, those the plan puts first; shown first and marked, with the citation. */
  core: z.array(coreIndustriesSchema).optional(),
  refs: z.array(refSchema).min(1),
});

export const sectors = sectorValues;

/** Codes of an industry or a family in the national classifications (data/codes/ holds the tables). */
export const codesSchema = z.strictObject({
  /** GB/T 4754-2017, with the 门类 letter: "J", "C27", "C358", "C3973". */
  gbt4754: z.array(z.string().regex(/^[A-T](\d{2}|\d{3}|\d{4})?$/, 'a GB/T 4754 code is a letter A–T and 0, 2, 3 or 4 digits')),
  /** 战略性新兴产业分类（2018）: domain "1"–"9". */
  sei2018: z.array(z.string().regex(/^[1-9]$/)).optional(),
  /** 生产性服务业统计分类（2019）: domain "01"–"10". */
  producer2019: z.array(z.string().regex(/^\d{2}$/)).optional(),
  /** 生活性服务业统计分类（2019）: domain "01"–"12". */
  consumer2019: z.array(z.string().regex(/^\d{2}$/)).optional(),
});

export const industrySchema = z.strictObject({
  id: slug,
  name: nameSchema,
  aliases: z.array(z.string().min(1)),
  sector: z.enum(sectors),
  familyId: slug,
  /** The industry's own codes; without them it is found through its family's. */
  codes: codesSchema.optional(),
});

/** A group of industries a promotion team recognises ("finance"), on national codes. */
export const familySchema = z.strictObject({
  id: slug,
  name: nameSchema,
  codes: codesSchema,
  industryIds: z.array(slug).min(1),
});

/** One task of document 002's 2022 task list (附件2), with the units that lead it. */
export const taskSchema = z.strictObject({
  id: slug,
  /** The 工程 the task belongs to. */
  programme: nameSchema,
  /** The 任务 line. */
  title: nameSchema,
  /** The figures of the 目标, when it has any. */
  goal: nameSchema.optional(),
  /** 责任单位, one per unit. */
  leads: z.array(nameSchema).min(1),
  industryIds: z.array(slug),
  carrierIds: z.array(slug),
  refs: z.array(refSchema).min(1),
});

export const carrierKinds = carrierKindValues;

const lngLat = z.tuple([z.number().min(119.5).max(121.6), z.number().min(30.6).max(32.2)]);

export const carrierSchema = z.strictObject({
  id: slug,
  name: nameSchema,
  kind: z.enum(carrierKinds),
  coord: lngLat.optional(),
  precision: z.enum(['exact', 'approx', 'schematic']).optional(),
  areaKm2: z.number().positive().optional(),
  district: z.string().optional(),
  zoneIds: z.array(slug),
  industryIds: z.array(slug),
  refs: z.array(refSchema).min(1),
});

/** A figure, or a phrase where the document gives none (超1000, 高于GDP增速), in both languages. */
export const targetValueSchema = z.union([z.number(), nameSchema]);

export const targetSchema = z.strictObject({
  id: slug,
  scope: z.strictObject({ planId: slug, zoneId: slug.optional() }),
  indicator: nameSchema,
  unit: nameSchema.optional(),
  kind: z.enum(['expected', 'binding']).optional(),
  baseline: z.strictObject({ year: z.number().int(), value: targetValueSchema }).optional(),
  values: z.record(z.string().regex(/^\d{4}$/), targetValueSchema),
  text: nameSchema.optional(),
  /** The industries a sector target measures (e.g. 集聚数字金融企业 → digital finance). */
  industryIds: z.array(slug).optional(),
  refs: z.array(refSchema).min(1),
});

/** A row group of an indicator table (总量规模, 产业结构 …): its targets in the table's order. */
export const indicatorGroupSchema = z.strictObject({
  name: nameSchema,
  /** A heading above several groups where the table has one (附件1's 重点方向). */
  section: nameSchema.optional(),
  targetIds: z.array(slug).min(1),
  refs: z.array(refSchema).min(1),
});

/** A plan's indicator table as the document prints it; targets in no table were taken from the text. */
export const indicatorTableSchema = z.strictObject({
  id: slug,
  planId: slug,
  title: nameSchema,
  groups: z.array(indicatorGroupSchema).min(1),
  refs: z.array(refSchema).min(1),
});

export const catalogSchema = z.strictObject({
  version: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
  plans: z.array(planSchema).min(1),
  zones: z.array(zoneSchema),
  industries: z.array(industrySchema),
  carriers: z.array(carrierSchema),
  targets: z.array(targetSchema),
  families: z.array(familySchema),
  tasks: z.array(taskSchema),
  indicatorTables: z.array(indicatorTableSchema).optional(),
});

export type Name = z.infer<typeof nameSchema>;
export type Ref = z.infer<typeof refSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type ZoneKind = Zone['kind'];
export type Industry = z.infer<typeof industrySchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type Target = z.infer<typeof targetSchema>;
export type CoreIndustries = z.infer<typeof coreIndustriesSchema>;
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
export type TargetValue = z.infer<typeof targetValueSchema>;
export type Codes = z.infer<typeof codesSchema>;
export type Family = z.infer<typeof familySchema>;
export type Task = z.infer<typeof taskSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
