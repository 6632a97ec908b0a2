import { area, flatten, multiPolygon, simplify } from '@turf/turf';
import { z } from 'zod';
import { areasOnly, metresToDegrees } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/** Parts smaller than this are slivers a clip left behind. */
const SLIVER_KM2 = 1;
/** The one simplification of drawn zones: ~150 m, finer than the ~100 m-quantised district file is true. */
export const TIDY_METRES = 167;

/** The input without slivers (parts under 1 km²), simplified to ~150 m: for belts and clipped districts. */
export const tidy: Operation<Record<string, never>> = {
  summary: 'the area without slivers (parts under 1 km²), simplified to ~150 m',
  inputs: { min: 1, max: 1 },
  params: z.strictObject({}),
  run(inputs) {
    const parts = flatten(areasOnly(inputs, 'tidy')[0]!).features.filter((part) => area(part) / 1e6 > SLIVER_KM2);
    if (parts.length === 0) return null;
    const kept = parts.length === 1 ? parts[0]! : multiPolygon(parts.map((part) => part.geometry.coordinates));
    return simplify(kept, { tolerance: metresToDegrees(TIDY_METRES), highQuality: true });
  },
};
