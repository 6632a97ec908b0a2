import { booleanPointInPolygon, coordAll, featureCollection, intersect, rewind, union } from '@turf/turf';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { operations } from './ops/index.ts';
import { RecipeError, stepSchema, type RecipeFile } from './recipe-file.ts';
import { isArea, StepProblem } from './recipe-values.ts';
import type { Area, BaseGeography, RecipeContext, Shape, ZoneFeature, ZoneGeometry } from './types.ts';

/**
 * Runs the plans' shape recipes. Steps run in order; each names its operation, the earlier steps (or base
 * features, by id or Chinese name) it takes as inputs, and its params. The one rule for empty results: a step
 * whose result is empty is an error, named with its file, line and step, since a zone drawn from nothing is
 * never meant.
 */
export function drawPlans(recipes: Map<string, RecipeFile>, base: BaseGeography, catalog: Catalog) {
  const drawn = new Map<string, ZoneFeature[]>();
  const drawing = new Set<string>();
  const suzhou = union(featureCollection(base.districts.features as Area[]))!;
  const baseFeatures = [...base.districts.features, ...base.water.features, ...base.rivers.features];

  function draw(planId: string): ZoneFeature[] {
    const done = drawn.get(planId);
    if (done) return done;
    const recipe = recipes.get(planId);
    if (!recipe) throw new RecipeError(`no recipe data/plans/shapes/${planId}.yaml for plan ${planId}`);
    if (drawing.has(planId)) throw new RecipeError(`${recipe.path}: its zones are drawn from each other's (${[...drawing].join(' → ')} → ${planId})`);
    drawing.add(planId);
    const features = runRecipe(recipe);
    drawing.delete(planId);
    drawn.set(planId, features);
    return features;
  }

  const context = (folder: string): RecipeContext => ({
    base,
    catalog,
    folder,
    zone(zoneId) {
      const zone = catalog.zones.find((z) => z.id === zoneId);
      if (!zone) throw new StepProblem('params.zone', `no zone "${zoneId}" in the catalog`);
      return draw(zone.planId).find((f) => f.properties.id === zoneId)!;
    },
  });

  function runRecipe(recipe: RecipeFile): ZoneFeature[] {
    const zones = catalog.zones.filter((z) => z.planId === recipe.planId);
    const values = new Map<string, Shape>();
    const features: ZoneFeature[] = [];
    recipe.steps.forEach(({ raw, path, line, folder, redraws }, index) => {
      const where = (field?: string, id = (raw as { id?: string })?.id) =>
        `${path}:${line}, step "${id ?? index + 1}"${field ? `, ${field}` : ''}`;
      const parsed = stepSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new RecipeError(`${where(issue.path.join('.') || undefined)}: ${issue.message}`);
      }
      const step = parsed.data;
      if (redraws && !values.has(step.id)) throw new RecipeError(`${where('id')}: redraws "${step.id}", but no earlier step draws it`);
      if (values.has(step.id) && !redraws) throw new RecipeError(`${where('id')}: a step "${step.id}" comes earlier; ids name one step each`);
      const operation = operations[step.op];
      if (!operation) throw new RecipeError(`${where('op')}: no operation "${step.op}" (there are: ${Object.keys(operations).join(', ')})`);
      const { min, max } = operation.inputs;
      if (step.inputs.length < min || step.inputs.length > max) {
        const wanted = min === max ? `${min}` : max === Infinity ? `${min} or more` : `${min}–${max}`;
        throw new RecipeError(`${where('inputs')}: ${step.op} takes ${wanted} input${wanted === '1' ? '' : 's'}, not ${step.inputs.length}`);
      }
      const inputs = step.inputs.map((name, i) => {
        const value = values.get(name) ?? baseFeatures.find((f) => f.properties.id === name || f.properties.name_zh === name);
        if (value) return value as Shape;
        const later = recipe.steps.slice(index).some((s) => (s.raw as { id?: string })?.id === name);
        throw new RecipeError(
          `${where(`inputs[${i}]`)}: unknown input "${name}": ` +
            (later ? 'that step comes later; steps run in order' : 'no earlier step and no base feature (district, water, river) has that id or name'),
        );
      });
      const params = operation.params.safeParse(step.params);
      if (!params.success) {
        const issue = params.error.issues[0]!;
        throw new RecipeError(`${where(['params', ...issue.path].join('.'))}: ${issue.message}`);
      }
      let result: Shape | null;
      try {
        result = operation.run(inputs, params.data as never, context(folder));
      } catch (error) {
        if (error instanceof StepProblem) throw new RecipeError(`${where(error.field)}: ${error.message}`);
        throw error;
      }
      if (!result || coordAll(result).length === 0) {
        throw new RecipeError(
          `${where()}: empty ${step.op === 'intersection' ? 'intersection: the inputs do not overlap' : `result of ${step.op}`}`,
        );
      }
      values.set(step.id, result);
      const zone = zones.find((z) => z.id === step.id);
      if (!zone) return;
      if (!insideSuzhou(result)) throw new RecipeError(`${where()}: zone ${zone.id} lies outside Suzhou`);
      const labelAt = recipe.labels[zone.id];
      const properties = { id: zone.id, kind: zone.kind, label: zone.name.zh, label_en: zone.name.en, schematic: recipe.schematic, ...(labelAt ? { labelAt } : {}) };
      if (redraws) features.splice(features.findIndex((f) => f.properties.id === zone.id), 1);
      features.push(rewind({ type: 'Feature', properties, geometry: result.geometry as ZoneGeometry }, { reverse: false }) as ZoneFeature);
    });
    const missing = zones.filter((z) => !values.has(z.id)).map((z) => z.id);
    if (missing.length) throw new RecipeError(`${recipe.path}: no step draws zone${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a zone is drawn by the step with its id)`);
    const strayLabels = Object.keys(recipe.labels).filter((id) => !zones.some((z) => z.id === id));
    if (strayLabels.length) throw new RecipeError(`${recipe.path}, labels: ${strayLabels.join(', ')} is not a zone of ${recipe.planId}`);
    const order = zones.map((z) => z.id);
    return features.sort((a, b) => order.indexOf(a.properties.id) - order.indexOf(b.properties.id));
  }

  function insideSuzhou(shape: Shape): boolean {
    if (isArea(shape)) return intersect(featureCollection([shape, suzhou])) !== null;
    return coordAll(shape).some((p) => booleanPointInPolygon(p, suzhou));
  }

  return { draw };
}
