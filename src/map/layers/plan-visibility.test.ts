import { fixtureCatalog } from '../../test/fixture-catalog';
import { carrierLayerIds } from './carrier-layers';
import { planLayerId, zoneLabelLayerId } from './plan-layers';
import { planLayerStates } from './plan-visibility';

const stateOf = (states: ReturnType<typeof planLayerStates>, id: string) => states.find((s) => s.id === id)!;

describe('planLayerStates', () => {
  it('draws the plans switched on whole and leaves the others out', () => {
    const states = planLayerStates(fixtureCatalog, ['district']);
    expect(stateOf(states, planLayerId('city', 'fill'))).toMatchObject({ visibility: 'visible' });
    expect(stateOf(states, planLayerId('district', 'fill'))).toMatchObject({ visibility: 'none' });
    expect(JSON.stringify(stateOf(states, carrierLayerIds.dot).filter)).toBe('["in",["get","id"],["literal",["city-hub"]]]');
  });

  it('draws only the lensed places of a plan switched off, and their carriers and labels', () => {
    const states = planLayerStates(fixtureCatalog, ['district'], { zoneIds: ['city-ring', 'district-east'], carrierIds: ['district-park'] });
    const fill = stateOf(states, planLayerId('district', 'fill'));
    expect(fill.visibility).toBe('visible');
    expect(JSON.stringify(fill.filter)).toContain('["in",["get","id"],["literal",["district-east"]]]');
    // The city plan is on: it stays whole, with no lens filter.
    expect(JSON.stringify(stateOf(states, planLayerId('city', 'fill')).filter)).not.toContain('city-ring');
    expect(JSON.stringify(stateOf(states, carrierLayerIds.dot).filter)).toBe('["in",["get","id"],["literal",["city-hub","district-park"]]]');
    expect(JSON.stringify(stateOf(states, zoneLabelLayerId).filter)).toContain('"district-east"');
  });

  it('gives the states the panel alone asks for once the lens is cleared', () => {
    expect(planLayerStates(fixtureCatalog, ['district'], { zoneIds: [], carrierIds: [] })).toEqual(planLayerStates(fixtureCatalog, ['district']));
  });
});
