import { featureCollection, multiLineString, multiPoint, union as turfUnion } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { z } from 'zod';
import { dimension, StepProblem } from '../recipe-values.ts';
import type { Area, Operation, Shape } from '../types.ts';

const linesOf = (g: Geometry): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
const pointsOf = (g: Geometry): Position[] => (g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : []);

/** All the inputs as one shape: areas merged; lines (or points) kept as the lines (points) of one multi-shape. */
export const union: Operation<Record<string, never>> = {
  summary: 'all the inputs as one shape: areas merged, lines or points gathered into one multi-line or multi-point',
  inputs: { min: 2, max: Infinity },
  params: z.strictObject({}),
  run(inputs) {
    const kind = dimension(inputs[0]!);
    inputs.forEach((shape, i) => {
      if (dimension(shape) !== kind) throw new StepProblem(`inputs[${i}]`, `is a ${dimension(shape)}, inputs[0] a ${kind}: join like with like`);
    });
    if (kind === 'line') return multiLineString(inputs.flatMap((s: Shape) => linesOf(s.geometry)));
    if (kind === 'point') return multiPoint(inputs.flatMap((s: Shape) => pointsOf(s.geometry)));
    return turfUnion(featureCollection(inputs as Area[]));
  },
};
