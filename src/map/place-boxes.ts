import type { Bbox } from './camera';

/**
 * The boxes to frame for zones and carriers: a zone's from `zoneBox`, a carrier's point from `carrierAt`. Places
 * whose extent or point is not known are left out, so the others are still framed.
 */
export function placeBoxes(
  zoneIds: readonly string[],
  carrierIds: readonly string[],
  zoneBox: (zoneId: string) => Bbox | undefined,
  carrierAt: ReadonlyMap<string, [number, number]> | undefined,
): Bbox[] {
  const zones = zoneIds.flatMap((id) => {
    const box = zoneBox(id);
    return box ? [box] : [];
  });
  const carriers = carrierIds.flatMap((id) => {
    const at = carrierAt?.get(id);
    return at ? [[at[0], at[1], at[0], at[1]] as Bbox] : [];
  });
  return [...zones, ...carriers];
}
