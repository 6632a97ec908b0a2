import { multiPoint, point as turfPoint } from '@turf/turf';
import type { Position } from 'geojson';
import { z } from 'zod';
import { position, StepProblem } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

interface Params {
  at?: Position | Position[];
  carriers?: string[];
}

/** A point, or several: written coordinates and/or the coordinates of the catalog's carriers. */
export const point: Operation<Params> = {
  summary: 'a point, or several: `at` coordinates and/or the `carriers` (ids) of the catalog, at their coord',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({
    at: z.union([position, z.array(position).min(1)]).optional(),
    carriers: z.array(z.string()).min(1).optional(),
  }),
  run(_, params, { catalog }) {
    const written = params.at === undefined ? [] : typeof params.at[0] === 'number' ? [params.at as Position] : (params.at as Position[]);
    const fromCarriers = (params.carriers ?? []).map((id, i) => {
      const carrier = catalog.carriers.find((c) => c.id === id);
      if (!carrier) throw new StepProblem(`params.carriers[${i}]`, `no carrier "${id}" in the catalog`);
      if (!carrier.coord) throw new StepProblem(`params.carriers[${i}]`, `carrier "${id}" has no coord`);
      return carrier.coord;
    });
    const all = [...written, ...fromCarriers];
    if (all.length === 0) throw new StepProblem('params', 'give `at` or `carriers`');
    return all.length === 1 ? turfPoint(all[0]!) : multiPoint(all);
  },
};
