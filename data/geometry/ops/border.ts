import { area, booleanPointInPolygon, buffer, featureCollection, flatten, lineString, simplify, union } from '@turf/turf';
import type { Position } from 'geojson';
import { z } from 'zod';
import { areasOnly, km, metresToDegrees } from '../recipe-values.ts';
import type { Area, Operation } from '../types.ts';

interface Params {
  clearKm: number;
  within?: { west?: number; south?: number; east?: number; north?: number };
}

/** The longest run of consecutive ring vertices that satisfy `keep` (the ring is circular). */
function longestRun(ring: Position[], keep: (p: Position) => boolean): Position[] {
  const n = ring.length - 1;
  const flags = ring.slice(0, n).map(keep);
  const start = flags.indexOf(false);
  if (start < 0) return ring;
  let best: Position[] = [];
  let run: Position[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (flags[i]) run.push(ring[i]!);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return run.length > best.length ? run : best;
}

/**
 * A border the base map has no line for (Suzhou's with 上海 or with 浙江): the longest run of the first input's
 * outline that keeps `clearKm` away from every other input (the neighbouring districts, the lakes, the Yangtze
 * bank), optionally only `within` some bounds.
 */
export const border: Operation<Params> = {
  summary: 'the longest run of the first area’s outline that keeps `clearKm` away from the other inputs (and `within` bounds)',
  inputs: { min: 2, max: Infinity },
  params: z.strictObject({
    clearKm: km,
    within: z.strictObject({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }).partial().optional(),
  }),
  run(inputs, { clearKm, within = {} }) {
    const [outline, ...others] = areasOnly(inputs, 'a border');
    const largest = flatten(outline!).features.sort((a, b) => area(b) - area(a))[0]!;
    // The neighbours' detail is lost in the clearance; simplified first, they buffer many times faster.
    const near = others.map((other) => {
      const outline = simplify(other, { tolerance: metresToDegrees((clearKm * 1000) / 2) });
      return buffer(outline, clearKm, { units: 'kilometers' }) as Area;
    });
    const clear = near.length === 1 ? near[0]! : union(featureCollection(near))!;
    const inBounds = ([x, y]: Position) =>
      x! >= (within.west ?? -180) && x! <= (within.east ?? 180) && y! >= (within.south ?? -90) && y! <= (within.north ?? 90);
    const run = longestRun(largest.geometry.coordinates[0]!, (p) => inBounds(p) && !booleanPointInPolygon(p, clear));
    return run.length < 2 ? null : lineString(run);
  },
};
