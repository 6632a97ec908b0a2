import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StepProblem } from '../recipe-values.ts';
import type { Operation, Shape } from '../types.ts';
import { union } from './union.ts';

interface Params {
  file: string;
  id?: string;
}

/**
 * A shape drawn in any GIS tool (QGIS, geojson.io, the app's draft mode), saved as GeoJSON beside the recipe:
 * the file's features (or the one whose `id` property is `id`) as one shape. Coordinates are WGS 84.
 */
export const geojsonFile: Operation<Params> = {
  summary: 'the features of a GeoJSON file beside the recipe (or the one with property `id`), as one shape',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ file: z.string().regex(/\.(geo)?json$/, { error: 'a .geojson file' }), id: z.string().optional() }),
  run(_, params, context) {
    const path = join(context.folder, params.file);
    if (!existsSync(path)) throw new StepProblem('params.file', `no file ${params.file} beside the recipe`);
    let features: Shape[];
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8'));
      features = parsed.type === 'FeatureCollection' ? parsed.features : parsed.type === 'Feature' ? [parsed] : [{ type: 'Feature', properties: {}, geometry: parsed }];
    } catch (error) {
      throw new StepProblem('params.file', `${params.file} is not valid JSON: ${(error as Error).message}`);
    }
    const chosen = params.id === undefined ? features : features.filter((f) => String(f.properties?.id) === params.id);
    if (chosen.length === 0) throw new StepProblem(params.id ? 'params.id' : 'params.file', `no feature${params.id ? ` with id "${params.id}"` : ''} in ${params.file}`);
    return chosen.length === 1 ? chosen[0]! : union.run(chosen, {}, context);
  },
};
