import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { position } from './recipe-values.ts';

/**
 * A plan's shape recipe: data/plans/shapes/<planId>.yaml. A list of named steps, each one operation on the
 * shapes of earlier steps; a step whose id is a zone id of the plan draws that zone.
 */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a lowercase slug (a-z, 0-9, -)' });

export const stepSchema = z.strictObject({
  id: slug,
  op: z.string(),
  inputs: z.array(z.string()).default([]),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type Step = z.infer<typeof stepSchema>;

export const recipeSchema = z.strictObject({
  /** Whether the shapes only sketch where the plan puts its zones (true unless the plan publishes boundaries). */
  schematic: z.boolean().default(true),
  steps: z.array(z.unknown()).min(1),
  /** Where a zone's map label goes, when its shape's own centre would crowd the base map's labels. */
  labels: z.record(z.string(), position).default({}),
});

export interface RecipeFile {
  planId: string;
  /** As shown in messages: relative to the repository. */
  path: string;
  folder: string;
  schematic: boolean;
  steps: unknown[];
  labels: Record<string, [number, number]>;
  /** 1-based line of each step, for messages. */
  stepLines: number[];
}

export class RecipeError extends Error {}

export function readRecipe(path: string, shownFrom: string): RecipeFile {
  const shown = relative(shownFrom, path);
  const lines = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
  if (document.errors.length) throw new RecipeError(`${shown}: not valid YAML: ${document.errors[0]!.message}`);
  const parsed = recipeSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RecipeError(`${shown}, field ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const root = document.contents;
  const stepsNode = isMap(root) ? root.get('steps', true) : undefined;
  const stepLines = isSeq(stepsNode) ? stepsNode.items.map((item) => lines.linePos((item as { range?: number[] }).range?.[0] ?? 0).line) : [];
  const planId = path.split('/').at(-1)!.replace(/\.yaml$/, '');
  return { planId, path: shown, folder: join(path, '..'), ...parsed.data, stepLines } as RecipeFile;
}

/** Every recipe in `folder` (data/plans/shapes), by plan id. */
export function readRecipes(folder: string, shownFrom: string): Map<string, RecipeFile> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
  return new Map(files.map((name) => {
    const recipe = readRecipe(join(folder, name), shownFrom);
    return [recipe.planId, recipe];
  }));
}
