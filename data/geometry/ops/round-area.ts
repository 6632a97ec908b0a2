import { circle, ellipse } from '@turf/turf';
import type { Position } from 'geojson';
import { z } from 'zod';
import { position } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

interface Params {
  at: Position;
  km2: number;
  /** North–south extent ÷ east–west extent; 1 (a circle) unless given. */
  aspect?: number;
}

/** A park whose extent the plan gives only as an area: a round shape of that many km² around its real place. */
export const roundArea: Operation<Params> = {
  summary: 'a round shape of `km2` around the point `at` (an ellipse if `aspect`, north–south ÷ east–west, is given)',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ at: position, km2: z.number().positive(), aspect: z.number().positive().optional() }),
  run(_, { at, km2, aspect = 1 }) {
    const options = { units: 'kilometers', steps: 48 } as const;
    if (aspect === 1) return circle(at, Math.sqrt(km2 / Math.PI), options);
    const eastWest = Math.sqrt(km2 / (Math.PI * aspect));
    return ellipse(at, eastWest, eastWest * aspect, options);
  },
};
