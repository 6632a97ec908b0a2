import { fixtureCatalog } from '../test/fixture-catalog';
import { indexCatalog } from './catalog-index';

const index = indexCatalog(fixtureCatalog);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('indexCatalog', () => {
  it('answers zone → industries, counting the industries of its carriers after its own', () => {
    expect(ids(index.industriesOfZone('district-east'))).toEqual(['finance', 'inspection', 'biomedicine']);
  });

  it('answers industry → zones across plans, directly or through a carrier', () => {
    expect(ids(index.zonesOfIndustry('finance'))).toEqual(['city-ring', 'district-east']);
    expect(ids(index.zonesOfIndustry('biomedicine'))).toEqual(['district-east']);
    expect(ids(index.carriersOfIndustry('biomedicine'))).toEqual(['district-park']);
  });

  it('keeps plan-wide targets apart from zone targets', () => {
    expect(ids(index.planTargets('city'))).toEqual(['city-t-gdp', 'city-t-share', 'city-t-software']);
    expect(ids(index.zonesOfPlan('city'))).toEqual(['city-ring', 'city-axis']);
  });

  it('answers family → industries, and industry or carrier → targets and tasks', () => {
    expect(ids(index.industriesOfFamily('tech'))).toEqual(['inspection', 'digital-economy']);
    expect(ids(index.targetsOfIndustry('finance'))).toEqual(['district-t-finance-firms']);
    expect(ids(index.tasksOfIndustry('finance'))).toEqual(['task-finance']);
    expect(ids(index.tasksOfCarrier('city-hub'))).toEqual(['task-finance']);
    expect(index.industriesOfFamily('nowhere')).toEqual([]);
  });

  it('returns nothing, not an error, for unknown ids', () => {
    expect(index.zone('nowhere')).toBeUndefined();
    expect(index.industriesOfZone('nowhere')).toEqual([]);
    expect(index.zonesOfIndustry('nowhere')).toEqual([]);
  });
});
