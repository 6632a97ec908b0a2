import { fixtureCatalog } from '../test/fixture-catalog';
import { zoneColors } from './zone-colors';
import { uiColors } from '../config/design-tokens';
import { catalogWithDraft } from './draft-catalog';
import { drawnZone } from './draft-model';

describe('zoneColors', () => {
  it('gives every zone a colour and different zones of a plan different colours', () => {
    const colors = zoneColors(fixtureCatalog);
    expect([...colors.keys()].sort()).toEqual(fixtureCatalog.zones.map((z) => z.id).sort());
    expect(colors.get('city-ring')).not.toBe(colors.get('city-axis'));
  });

  it('uses every colour of a plan without county zones, so three zones get three colours', () => {
    const plan = { ...fixtureCatalog.plans[1]!, id: 'wz-services-2021' };
    const zones = ['a', 'b', 'c'].map((id) => ({ ...fixtureCatalog.zones[2]!, id: `wz-${id}`, planId: plan.id }));
    const colors = zoneColors({ ...fixtureCatalog, zones, plans: [plan] });
    expect(new Set(zones.map((z) => colors.get(z.id))).size).toBe(3);
  });

  it('lets a park share its parent zone colour', () => {
    const park = { ...fixtureCatalog.zones[2]!, id: 'district-park-zone', kind: 'park' as const, parentId: 'district-east' };
    const colors = zoneColors({ ...fixtureCatalog, zones: [...fixtureCatalog.zones, park] });
    expect(colors.get('district-park-zone')).toBe(colors.get('district-east'));
  });

  it("keys a draft's zones in the draft's colour", () => {
    const zone = drawnZone([], { type: 'Point', coordinates: [120.6, 31.3] });
    expect(zoneColors(catalogWithDraft(fixtureCatalog, [zone])).get(zone.id)).toBe(uiColors.draft);
  });
});
