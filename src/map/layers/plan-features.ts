import type { Feature, FeatureCollection } from 'geojson';
import { zoneColorProperty } from './plan-layers';

/**
 * A plan file's features as the plans' source holds them: each carries its plan's id, which the layers'
 * filters choose plans by (the files name only their zones), and its zone's colour key from `colors`
 * (`zoneColors`), which the layers draw it in. Pure, so the benchmark's bare page joins its plans the same way.
 */
export function planFeatures(planId: string, file: FeatureCollection, colors: ReadonlyMap<string, string>): Feature[] {
  return file.features.map((feature) => {
    const color = colors.get(String(feature.properties?.id));
    return { ...feature, properties: { ...feature.properties, planId, ...(color ? { [zoneColorProperty]: color } : {}) } };
  });
}

/** The plans' source's data: the features of the plans loaded, in `order` (catalog order, the drawing order). */
export function joinedPlans(order: string[], loaded: ReadonlyMap<string, Feature[]>): FeatureCollection {
  return { type: 'FeatureCollection', features: order.flatMap((planId) => loaded.get(planId) ?? []) };
}
