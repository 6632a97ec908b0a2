import type { Operation } from '../types.ts';
import { band } from './band.ts';
import { border } from './border.ts';
import { buffer } from './buffer.ts';
import { difference } from './difference.ts';
import { geojsonFile } from './geojson-file.ts';
import { intersection } from './intersection.ts';
import { layer } from './layer.ts';
import { line } from './line.ts';
import { point } from './point.ts';
import { polygon } from './polygon.ts';
import { roundArea } from './round-area.ts';
import { simplify } from './simplify.ts';
import { tidy } from './tidy.ts';
import { union } from './union.ts';
import { zone } from './zone.ts';

/** Every operation a recipe step may name in `op`, by that name. */
export const operations: Record<string, Operation<never>> = {
  layer,
  zone,
  point,
  line,
  polygon,
  'round-area': roundArea,
  geojson: geojsonFile,
  buffer,
  simplify,
  union,
  difference,
  intersection,
  tidy,
  band,
  border,
} as Record<string, Operation<unknown>> as Record<string, Operation<never>>;
