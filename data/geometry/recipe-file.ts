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
  /** Set in a supplement (a draft's shapes): the plan whose recipe its steps extend, after the plan's own. */
  planId: z.string().optional(),
  /** Whether the shapes only sketch where the plan puts its zones (true unless the plan publishes boundaries). */
  schematic: z.boolean().default(true),
  steps: z.array(z.unknown()).min(1),
  /**
   * Set in a supplement: zones of the plan whose shape its steps draw anew (a draft's reshaped zone). The plan's
   * own step of that id still runs, for the steps that take it, but the supplement's draws the zone.
   */
  redraws: z.array(slug).default([]),
  /** Where a zone's map label goes, when its shape's own centre would crowd the base map's labels. */
  labels: z.record(z.string(), position).default({}),
});

/** A step as written, with where it was written (for messages, and for the files it names). */
export interface WrittenStep {
  raw: unknown;
  /** As shown in messages: relative to the repository. */
  path: string;
  /** 1-based. */
  line: number;
  folder: string;
  /** Whether the step draws anew a zone an earlier step drew (see `redraws`). */
  redraws?: boolean;
}

export interface RecipeFile {
  planId: string;
  /** The plan's own recipe, as shown in messages. */
  path: string;
  schematic: boolean;
  steps: WrittenStep[];
  labels: Record<string, [number, number]>;
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
  const { planId = path.split('/').at(-1)!.replace(/\.yaml$/, ''), schematic, labels, redraws } = parsed.data;
  const folder = join(path, '..');
  const idOf = (raw: unknown) => (raw as { id?: unknown })?.id;
  const steps = parsed.data.steps.map((raw, i) => ({
    raw,
    path: shown,
    line: stepLines[i] ?? 0,
    folder,
    ...(redraws.includes(idOf(raw) as string) ? { redraws: true } : {}),
  }));
  const undrawn = redraws.filter((id) => !parsed.data.steps.some((raw) => idOf(raw) === id));
  if (undrawn.length) throw new RecipeError(`${shown}, redraws: no step of this file has the id ${undrawn.join(', ')}`);
  return { planId, path: shown, schematic, steps, labels } as RecipeFile;
}

/**
 * Every recipe in `folder` (data/plans/shapes), by plan id: a plan's own file (named after it) with the steps
 * of its supplements (files that say `planId:`) after its own, in file-name order.
 */
export function readRecipes(folder: string, shownFrom: string): Map<string, RecipeFile> {
  const recipes = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ own: name.replace(/\.yaml$/, ''), recipe: readRecipe(join(folder, name), shownFrom) }));
  const byPlan = new Map(recipes.filter(({ own, recipe }) => own === recipe.planId).map(({ recipe }) => [recipe.planId, recipe]));
  for (const { own, recipe } of recipes.filter(({ own, recipe }) => own !== recipe.planId)) {
    const plan = byPlan.get(recipe.planId);
    if (!plan) throw new RecipeError(`${recipe.path}, planId: no recipe ${recipe.planId}.yaml for it to extend (in ${own}.yaml)`);
    plan.steps.push(...recipe.steps);
    Object.assign(plan.labels, recipe.labels);
  }
  return byPlan;
}
