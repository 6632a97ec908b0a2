import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { position, positions } from '../geometry/recipe-values.ts';

/** The shape of data/base/hand-drawn.yaml, which build-base.mjs reads (checked by the tests, not the build). */
export const handDrawnSchema = z.strictObject({
  gusuSipCut: positions(2),
  lakes: z.array(
    z.strictObject({
      id: z.string(),
      name_zh: z.string(),
      name_en: z.string(),
      centre: position,
      areaKm2: z.number().positive(),
      aspect: z.number().positive(),
      rotation: z.number(),
      wobble: z.array(z.number().positive()).min(3),
    }),
  ),
  taipuRiver: positions(2),
  contextPoints: z.array(
    z.strictObject({ id: z.string(), name_zh: z.string(), name_en: z.string(), kind: z.enum(['neighbour', 'province']), coord: position }),
  ),
});

export const handDrawnPath = new URL('./hand-drawn.yaml', import.meta.url).pathname;
export const readHandDrawn = () => handDrawnSchema.parse(parse(readFileSync(handDrawnPath, 'utf8')));
