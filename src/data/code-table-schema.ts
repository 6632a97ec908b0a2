import './zod-without-eval';
import * as z from 'zod/mini';
import { nameSchema } from './first-view-index-schema';

/**
 * public/data/codes.json: the names of the national industry codes the catalog uses, built from data/codes/ by
 * `npm run data:build`. GB/T 4754-2017 holds every 门类 and 大类, so that any two-digit code can be read.
 */
export const codeEntrySchema = z.object({ code: z.string().check(z.minLength(1)), name: nameSchema });

export const codeTableSchema = z.object({
  version: z.string().check(z.minLength(1)),
  gbt4754: z.array(codeEntrySchema),
  sei2018: z.array(codeEntrySchema),
  producer2019: z.array(codeEntrySchema),
  consumer2019: z.array(codeEntrySchema),
});

export type CodeEntry = z.infer<typeof codeEntrySchema>;
export type CodeTable = z.infer<typeof codeTableSchema>;
