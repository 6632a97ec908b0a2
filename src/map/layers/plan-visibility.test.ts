import { createExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { mapMarks } from '../../config/design-tokens';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { carrierLayerIds } from './carrier-layers';
import { planLayerId, zoneLabelLayerId } from './plan-layers';
import { planLayerStates, plansDrawn, type LayerState } from './plan-visibility';

/** The fixture's zones as the plans' source holds them: areas are polygons (type 3), axes lines (type 2). */
const zoneFeatures = fixtureCatalog.zones.map((zone) => ({
  type: zone.kind === 'axis' ? 2 : 3,
  properties: { id: zone.id, planId: zone.planId, kind: zone.kind },
}));
/** The fixture's carriers as carriers.geojson holds them: a point per plan of their zones, with their industries. */
const planOfZone = new Map(fixtureCatalog.zones.map((zone) => [zone.id, zone.planId]));
const carrierFeatures = fixtureCatalog.carriers.map((carrier) => ({
  type: 1,
  properties: { id: carrier.id, planId: planOfZone.get(carrier.zoneIds[0]!), industries: carrier.industryIds.join(' ') },
}));
/** A carrier of both plans (a point each) and one in no zone (a point of no plan). */
const sharedCarrier = [
  { type: 1, properties: { id: 'shared', planId: 'city', industries: 'inspection' } },
  { type: 1, properties: { id: 'shared', planId: 'district', industries: 'inspection' } },
];
const zonelessCarrier = { type: 1, properties: { id: 'zoneless', industries: 'digital-economy biomedicine-services' } };
const industries = (...ids: string[]) => ids.map((id) => ({ id }));

/** The ids of the features a layer draws in these states, as MapLibre's own filter evaluates them. */
function drawn(states: LayerState[], layerId: string, features: { type: number; properties: { id: string } }[] = zoneFeatures): string[] {
  const state = states.find((s) => s.id === layerId)!;
  if (state.visibility === 'none') return [];
  const { filter } = featureFilter(state.filter, 'filter');
  return features.filter((f) => filter({ zoom: 10 }, f as never)).map((f) => f.properties.id);
}

describe('planLayerStates', () => {
  it('draws the plans switched on whole and leaves the others out', () => {
    const states = planLayerStates(fixtureCatalog, ['district']);
    expect(drawn(states, planLayerId('fill'))).toEqual(['city-ring']);
    expect(drawn(states, planLayerId('line'))).toEqual(['city-axis']);
    expect(drawn(states, carrierLayerIds.dot, carrierFeatures)).toEqual(['city-hub']);
  });

  it('draws only the lensed places of a plan switched off, and their carriers and labels', () => {
    const states = planLayerStates(fixtureCatalog, ['district'], { zoneIds: ['city-ring', 'district-east'], industries: industries('biomedicine') });
    // The city plan is on: it stays whole, the lens adds the district's lensed zone.
    expect(drawn(states, planLayerId('fill'))).toEqual(['city-ring', 'district-east']);
    expect(drawn(states, planLayerId('line'))).toEqual(['city-axis']);
    expect(drawn(states, carrierLayerIds.dot, carrierFeatures)).toEqual(['city-hub', 'district-park']);
    expect(drawn(states, zoneLabelLayerId)).toEqual(['city-ring', 'district-east']);
  });

  it('chooses carriers by their plans: one of two plans is enough, one in no zone only when the lens brings it', () => {
    const features = [...carrierFeatures, ...sharedCarrier, zonelessCarrier];
    expect(drawn(planLayerStates(fixtureCatalog, ['district']), carrierLayerIds.label, features)).toEqual(['city-hub', 'shared']);
    expect(drawn(planLayerStates(fixtureCatalog, ['city']), carrierLayerIds.label, features)).toEqual(['district-park', 'shared']);
    expect(drawn(planLayerStates(fixtureCatalog, ['city', 'district']), carrierLayerIds.label, features)).toEqual([]);
    expect(drawn(planLayerStates(fixtureCatalog, ['city', 'district'], { zoneIds: [], industries: industries('digital-economy') }), carrierLayerIds.dot, features)).toEqual(['zoneless']);
  });

  it('brings in a lens’s carriers by whole industry ids, and names no carrier in the filter', () => {
    const features = [...carrierFeatures, ...sharedCarrier, zonelessCarrier];
    const lensOn = (...ids: string[]) => planLayerStates(fixtureCatalog, ['city', 'district'], { zoneIds: [], industries: industries(...ids) });
    expect(drawn(lensOn('finance', 'inspection'), carrierLayerIds.dot, features)).toEqual(['city-hub', 'shared', 'shared']);
    // `biomedicine` is one industry of district-park's, and only the start of one of the zoneless carrier's.
    expect(drawn(lensOn('biomedicine'), carrierLayerIds.dot, features)).toEqual(['district-park']);
    expect(JSON.stringify(lensOn('finance').find((s) => s.id === carrierLayerIds.dot)!.filter)).not.toMatch(/city-hub|district-park/);
  });

  it('lights the lens’s carriers by the dots’ paint, with no feature state, and only while the lens is on', () => {
    const features = [...carrierFeatures, zonelessCarrier];
    const colour = (value: unknown) => {
      const parsed = createExpression(value, 'circle-color', latest.paint_circle['circle-color'] as never);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return (id: string) => parsed.value.evaluate({ zoom: 10 }, features.find((f) => f.properties.id === id) as never).toString();
    };
    const states = planLayerStates(fixtureCatalog, ['district'], { zoneIds: [], industries: industries('biomedicine') });
    const lit = colour(states.find((s) => s.id === carrierLayerIds.dot)!.paint!['circle-color']);
    expect(lit('district-park')).toBe(colour(mapMarks.carrierLensed)(''));
    expect(lit('city-hub')).toBe(colour(mapMarks.carrier)(''));
    expect(JSON.stringify(planLayerStates(fixtureCatalog, ['district'], { zoneIds: [], industries: industries('biomedicine') }))).not.toMatch(/feature-state/);
    expect(planLayerStates(fixtureCatalog, ['district']).find((s) => s.id === carrierLayerIds.dot)!.paint!['circle-color']).toBe(mapMarks.carrier);
  });

  it('rings the located carrier alone, where its carriers are drawn', () => {
    const features = [...carrierFeatures, ...sharedCarrier, zonelessCarrier];
    expect(drawn(planLayerStates(fixtureCatalog, ['district']), carrierLayerIds.halo, features)).toEqual([]);
    expect(drawn(planLayerStates(fixtureCatalog, ['district'], undefined, 'shared'), carrierLayerIds.halo, features)).toEqual(['shared']);
    expect(drawn(planLayerStates(fixtureCatalog, ['district'], undefined, 'city-hub'), carrierLayerIds.halo, features)).toEqual(['city-hub']);
    // A carrier of a plan switched off is not drawn, so neither is its ring.
    expect(drawn(planLayerStates(fixtureCatalog, ['district'], undefined, 'district-park'), carrierLayerIds.halo, features)).toEqual([]);
  });

  it('switches the plan layers off when nothing is to be drawn', () => {
    const states = planLayerStates(fixtureCatalog, ['city', 'district']);
    expect(states.find((s) => s.id === planLayerId('fill'))?.visibility).toBe('none');
    expect(drawn(states, zoneLabelLayerId)).toEqual([]);
  });

  it('gives the states the panel alone asks for once the lens is cleared', () => {
    expect(planLayerStates(fixtureCatalog, ['district'], { zoneIds: [], industries: [] })).toEqual(planLayerStates(fixtureCatalog, ['district']));
  });
});

describe('plansDrawn', () => {
  it('is the plans switched on and those a lens brings places of, in catalog order', () => {
    expect(plansDrawn(fixtureCatalog, ['district'])).toEqual(['city']);
    expect(plansDrawn(fixtureCatalog, ['city', 'district'], { zoneIds: ['district-east'], industries: [] })).toEqual(['district']);
    expect(plansDrawn(fixtureCatalog, [], undefined)).toEqual(['city', 'district']);
  });
});
