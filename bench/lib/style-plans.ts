import type { StyleSpecification } from 'maplibre-gl';
import { planOfLayerId, planOfSource } from '../../src/map/layers/plan-layers';

/**
 * The style with only the given plans' sources and layers, as the app's map holds them (it adds a plan's
 * source and layers only while the plan is shown); the shared layers stay in their places. Pure: the bare page
 * runs it too.
 */
export function styleWithPlans(style: StyleSpecification, planIds: string[]): StyleSpecification {
  const keep = (plan: string | undefined) => plan === undefined || planIds.includes(plan);
  return {
    ...style,
    sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => keep(planOfSource(id)))),
    layers: style.layers.filter((layer) => keep(planOfLayerId(layer.id))),
  };
}
