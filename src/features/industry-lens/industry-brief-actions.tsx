import type { LensScope } from '../../data/lens-scope';

/** Take-aways of the lens: the industry brief on one A4 page, printed or saved as a PNG. */
export function IndustryBriefActions(_: { scope: LensScope }) {
  return null;
}
