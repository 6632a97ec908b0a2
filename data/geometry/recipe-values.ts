import { z } from 'zod';
import type { Area, Shape } from './types.ts';

/**
 * Values the recipe operations share: coordinates (checked to lie around Suzhou, so a swapped [lat, lng] or a
 * typing slip is caught where it was written), distances, and the tests an input must pass.
 */

/** Generous bounds around Suzhou (the base map spans 119.9–121.4° E, 30.75–32.05° N); cut shapes may reach past it. */
export const SUZHOU_WINDOW = { west: 119.5, south: 30.5, east: 121.8, north: 32.3 };

export const position = z
  .tuple([z.number(), z.number()], { error: 'a coordinate is [longitude, latitude], two numbers' })
  .refine(
    ([lng, lat]) => lng >= SUZHOU_WINDOW.west && lng <= SUZHOU_WINDOW.east && lat >= SUZHOU_WINDOW.south && lat <= SUZHOU_WINDOW.north,
    {
      error: (issue) =>
        `[${String(issue.input)}] lies outside Suzhou (${SUZHOU_WINDOW.west}–${SUZHOU_WINDOW.east}° E, ` +
        `${SUZHOU_WINDOW.south}–${SUZHOU_WINDOW.north}° N); a coordinate is [longitude, latitude]`,
    },
  );

export const positions = (min: number) => z.array(position).min(min, { error: `at least ${min} coordinates` });

export const km = z.number().positive({ error: 'a distance in km, above 0' });

/** Degrees of latitude per metre; simplification works in degrees, recipes speak in metres. */
export const metresToDegrees = (metres: number) => metres / 111_320;

/** A problem with one field of a step; the interpreter adds the file and the step. */
export class StepProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const dimension = (shape: Shape) => {
  const { type } = shape.geometry;
  if (type === 'Polygon' || type === 'MultiPolygon') return 'area';
  if (type === 'LineString' || type === 'MultiLineString') return 'line';
  if (type === 'Point' || type === 'MultiPoint') return 'point';
  return 'collection';
};

export const isArea = (shape: Shape): shape is Area => dimension(shape) === 'area';

/** The inputs as areas, or a problem naming the first input that is not one. */
export function areasOnly(inputs: Shape[], what: string): Area[] {
  inputs.forEach((shape, i) => {
    if (!isArea(shape)) throw new StepProblem(`inputs[${i}]`, `is a ${dimension(shape)}; ${what} needs areas`);
  });
  return inputs as Area[];
}

export { dimension };
