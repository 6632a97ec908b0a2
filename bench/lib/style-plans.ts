import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { planLayerId, planParts } from '../../src/map/layers/plan-layers';
import { planPartFilter } from '../../src/map/layers/plan-visibility';

const partOfLayer = new Map(planParts.map((part) => [planLayerId(part), part]));

/**
 * The style with the plan layers' filters choosing the given plans, as the app's bindings set them with only
 * those plans shown (one set of layers draws every plan; the plans' source starts empty and each page joins
 * the plans' features into it). Pure: the bare page runs it too.
 */
export function styleWithPlans(style: StyleSpecification, planIds: string[]): StyleSpecification {
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const part = partOfLayer.get(layer.id);
      return part ? ({ ...layer, filter: planPartFilter(part, planIds) } as LayerSpecification) : layer;
    }),
  };
}
