import { fallbackPalette, planPalettes, uiColors } from '../config/design-tokens';
import type { Catalog } from './catalog-schema';
import { draftPlanId } from './draft-catalog';

/** A draft's zones, in the key as on the map, take the draft's one colour. */
const draftPalette = [uiColors.draft];

/**
 * The colour key of every zone: parks share their parent's colour; county guidance zones of a city plan
 * share one muted colour so they read as a group. Pure, so the legend and the map agree.
 */
export function zoneColors(catalog: Catalog): Map<string, string> {
  const colors = new Map<string, string>();
  for (const plan of catalog.plans) {
    const palette = plan.id === draftPlanId ? draftPalette : (planPalettes[plan.id] ?? fallbackPalette);
    const zones = catalog.zones.filter((z) => z.planId === plan.id);
    // The last colour is kept for county zones when the plan has them; otherwise every colour is used.
    const hasCounties = zones.some((z) => z.kind === 'county');
    const cycle = hasCounties ? palette.length - 1 : palette.length;
    let next = 0;
    for (const zone of zones.filter((z) => !z.parentId)) {
      const color = zone.kind === 'county' ? palette[palette.length - 1]! : palette[next++ % cycle]!;
      colors.set(zone.id, color);
    }
    for (const park of zones.filter((z) => z.parentId)) {
      colors.set(park.id, colors.get(park.parentId!) ?? palette[0]!);
    }
  }
  return colors;
}
