import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { CirclePaint } from './carrier-layers';
import type { Catalog } from '../../data/catalog-schema';
import { carrierDotPaint, carrierLayerIds } from './carrier-layers';
import { labelledAtPoint, partFilters, planLayerId, planParts, zoneLabelLayerId, type PlanLayerPart } from './plan-layers';

/** The places a lens shows, drawn even where their plan is switched off. */
export interface LensedPlaces {
  zoneIds: string[];
  /** The lens's industries: its carriers are those that have one of them. */
  industries: readonly { id: string }[];
}

export interface LayerState {
  id: string;
  visibility: 'visible' | 'none';
  filter: FilterSpecification;
  /** Paint properties that follow the state (the carrier dots' lens colours); the others stay as the layer has them. */
  paint?: CirclePaint;
}

/**
 * Whether a feature's `property` is one of `values`: a `match`, which MapLibre looks up in a table, where
 * `in` on a literal list would walk the list for every feature (thousands of carriers at 40 plans).
 */
function oneOf(property: string, values: Iterable<string>): ExpressionSpecification | boolean {
  const labels = [...new Set(values)];
  return labels.length ? ['match', ['get', property], labels, true, false] : false;
}

/**
 * Whether a carrier's point has one of `industryIds`: its `industries` property lists its industry ids, spaced
 * (carriers.geojson), so a lens's carriers are chosen by the lens's few industries, not named one by one.
 */
function hasIndustry(industryIds: readonly string[]): ExpressionSpecification | false {
  if (industryIds.length === 0) return false;
  const spaced: ExpressionSpecification = ['concat', ' ', ['to-string', ['get', 'industries']], ' '];
  return ['let', 'spaced', spaced, ['any', ...industryIds.map((id): ExpressionSpecification => ['in', ` ${id} `, ['var', 'spaced']])]];
}

/** What a plan layer of `part` draws: the features of the plans shown, and the places a lens brings in. */
export function planPartFilter(part: PlanLayerPart, shownPlanIds: Iterable<string>, broughtInZoneIds: Iterable<string> = []): FilterSpecification {
  return ['all', partFilters[part], ['any', oneOf('planId', shownPlanIds), oneOf('id', broughtInZoneIds)]] as FilterSpecification;
}

/** The plans whose features are drawn: those switched on, and those a lens brings some places of. */
export function plansDrawn(catalog: Catalog, hiddenPlanIds: string[], lens?: LensedPlaces): string[] {
  const hidden = new Set(hiddenPlanIds);
  const lensZones = new Set(lens?.zoneIds);
  const broughtIn = new Set(catalog.zones.filter((z) => hidden.has(z.planId) && lensZones.has(z.id)).map((z) => z.planId));
  return catalog.plans.map((p) => p.id).filter((id) => !hidden.has(id) || broughtIn.has(id));
}

/**
 * Visibility and filter of the plan, label and carrier layers, as data: the plans switched on are drawn whole;
 * a plan switched off is left out, except the places a lens brings in, which are drawn alone (in the lens
 * style, through the feature states for zones and the dots' paint for carriers). The focus ring draws the
 * located carrier (`focusedCarrierId`) where its carriers are drawn. The layer panel's choice itself is never
 * changed, so clearing the lens restores it exactly. The benchmark's bare page applies the same states.
 */
export function planLayerStates(catalog: Catalog, hiddenPlanIds: string[], lens?: LensedPlaces, focusedCarrierId?: string): LayerState[] {
  const hidden = new Set(hiddenPlanIds);
  const shown = catalog.plans.map((p) => p.id).filter((id) => !hidden.has(id));
  const lensZones = new Set(lens?.zoneIds);
  const broughtIn = catalog.zones.filter((z) => hidden.has(z.planId) && lensZones.has(z.id)).map((z) => z.id);
  // With nothing to draw, the layers are switched off rather than left to test every feature against nothing.
  const visibility = shown.length + broughtIn.length ? 'visible' : 'none';
  const states: LayerState[] = planParts.map((part) => ({ id: planLayerId(part), visibility, filter: planPartFilter(part, shown, broughtIn) }));
  states.push({
    id: zoneLabelLayerId,
    visibility: 'visible',
    filter: ['all', labelledAtPoint, ['any', oneOf('planId', shown), oneOf('id', lensZones)]] as FilterSpecification,
  });
  // A carrier's point carries its plan (a point per plan) and its industries (carriers.geojson), so the carriers
  // are chosen like the zones, by the plans shown, and the lens's by its industries: the filter does not grow
  // with the carriers, however many plans a lens reaches across.
  const lensed = hasIndustry((lens?.industries ?? []).map((industry) => industry.id));
  const carrierFilter = ['any', oneOf('planId', shown), lensed] as FilterSpecification;
  const focusFilter = focusedCarrierId ? (['all', ['==', ['get', 'id'], focusedCarrierId], carrierFilter] as FilterSpecification) : false;
  states.push(
    { id: carrierLayerIds.halo, visibility: 'visible', filter: focusFilter },
    { id: carrierLayerIds.dot, visibility: 'visible', filter: carrierFilter, paint: carrierDotPaint(lensed) },
    { id: carrierLayerIds.label, visibility: 'visible', filter: carrierFilter },
  );
  return states;
}
