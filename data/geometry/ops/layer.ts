import { multiLineString, union, featureCollection } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
import { z } from 'zod';
import { StepProblem } from '../recipe-values.ts';
import type { Area, Operation } from '../types.ts';

/** All features of a base layer (optionally of one kind) as one shape: `layer: water`, `layer: water, kind: lake`. */
export const layer: Operation<{ layer: 'districts' | 'water' | 'rivers'; kind?: string }> = {
  summary: 'all features of a base layer (districts, water, rivers), optionally of one kind, as one shape',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ layer: z.enum(['districts', 'water', 'rivers']), kind: z.string().optional() }),
  run(_, params, { base }) {
    const features = base[params.layer].features.filter(
      (f) => !params.kind || (f.properties as { kind?: string }).kind === params.kind,
    );
    if (features.length === 0) throw new StepProblem('params.kind', `no ${params.layer} feature has kind "${params.kind}"`);
    if (params.layer === 'rivers') {
      const lines = (features as { geometry: LineString | MultiLineString }[]).flatMap((f): Position[][] =>
        f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
      );
      return multiLineString(lines);
    }
    return features.length === 1 ? (features[0] as Area) : union(featureCollection(features as Area[]));
  },
};
