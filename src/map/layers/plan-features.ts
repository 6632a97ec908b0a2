import type { Feature, FeatureCollection } from 'geojson';

/**
 * A plan file's features as the plans' source holds them: each carries its plan's id, which the layers'
 * filters choose plans by (the files name only their zones). Pure, so the benchmark's bare page joins its
 * plans the same way.
 */
export function planFeatures(planId: string, file: FeatureCollection): Feature[] {
  return file.features.map((feature) => ({ ...feature, properties: { ...feature.properties, planId } }));
}

/** The plans' source's data: the features of the plans loaded, in `order` (catalog order, the drawing order). */
export function joinedPlans(order: string[], loaded: ReadonlyMap<string, Feature[]>): FeatureCollection {
  return { type: 'FeatureCollection', features: order.flatMap((planId) => loaded.get(planId) ?? []) };
}
