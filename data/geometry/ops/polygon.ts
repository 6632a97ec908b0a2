import { polygon as turfPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { z } from 'zod';
import { positions } from '../recipe-values.ts';
import type { Operation } from '../types.ts';

/**
 * An area inside the ring of coordinates `ring` (closed for you). A cut along a hand-drawn boundary is a ring
 * that follows the boundary where it crosses the district and closes round outside it: only the part inside
 * the district matters once the ring is intersected with it.
 */
export const polygon: Operation<{ ring: Position[] }> = {
  summary: 'the area inside the ring of coordinates `ring` (closed for you)',
  inputs: { min: 0, max: 0 },
  params: z.strictObject({ ring: positions(3) }),
  run(_, { ring }) {
    const [first, last] = [ring[0]!, ring.at(-1)!];
    const closed = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
    return turfPolygon([closed]);
  },
};
