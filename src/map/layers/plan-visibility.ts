import type { FilterSpecification } from 'maplibre-gl';
import type { Catalog } from '../../data/catalog-schema';
import { carrierLayerIds } from './carrier-layers';
import { labelledAtPoint, partFilters, planLayerId, zoneLabelLayerId, type PlanLayerPart } from './plan-layers';

/** The places a lens shows, drawn even where their plan is switched off. */
export interface LensedPlaces {
  zoneIds: string[];
  carrierIds: string[];
}

export interface LayerState {
  id: string;
  visibility: 'visible' | 'none';
  filter: FilterSpecification;
}

const planParts = Object.keys(partFilters) as PlanLayerPart[];
const ids = (values: string[]) => ['literal', values] as unknown as FilterSpecification;

/**
 * Visibility and filter of every plan, label and carrier layer, as data: the plans switched on are drawn whole;
 * a plan switched off is left out, except the places a lens brings in, which are drawn alone (in the lens
 * style, through the feature states). The layer panel's choice itself is never changed, so clearing the lens
 * restores it exactly. The benchmark's bare page applies the same states.
 */
export function planLayerStates(catalog: Catalog, hiddenPlanIds: string[], lens?: LensedPlaces): LayerState[] {
  const hidden = new Set(hiddenPlanIds);
  const lensZones = new Set(lens?.zoneIds);
  const states: LayerState[] = [];
  for (const plan of catalog.plans) {
    const broughtIn = hidden.has(plan.id) ? catalog.zones.filter((z) => z.planId === plan.id && lensZones.has(z.id)).map((z) => z.id) : [];
    for (const part of planParts) {
      const id = planLayerId(plan.id, part);
      if (!hidden.has(plan.id)) states.push({ id, visibility: 'visible', filter: partFilters[part] as FilterSpecification });
      else if (broughtIn.length === 0) states.push({ id, visibility: 'none', filter: partFilters[part] as FilterSpecification });
      else states.push({ id, visibility: 'visible', filter: ['all', partFilters[part], ['in', ['get', 'id'], ids(broughtIn)]] as FilterSpecification });
    }
  }
  states.push({
    id: zoneLabelLayerId,
    visibility: 'visible',
    filter: [
      'all',
      labelledAtPoint,
      ['any', ['!', ['in', ['get', 'planId'], ids([...hidden])]], ['in', ['get', 'id'], ids([...lensZones])]],
    ] as FilterSpecification,
  });
  const planOf = new Map(catalog.zones.map((zone) => [zone.id, zone.planId]));
  const lensCarriers = new Set(lens?.carrierIds);
  const carriers = catalog.carriers
    .filter((c) => lensCarriers.has(c.id) || c.zoneIds.some((zoneId) => !hidden.has(planOf.get(zoneId) ?? '')))
    .map((c) => c.id);
  for (const id of Object.values(carrierLayerIds)) {
    states.push({ id, visibility: 'visible', filter: ['in', ['get', 'id'], ids(carriers)] as FilterSpecification });
  }
  return states;
}
