import { draftChanges, changesAnything } from './draft-changes';
import { editedZone } from './draft-model';
import type { Zone } from './catalog-schema';

const zone: Zone = {
  id: 'p-east',
  planId: 'p',
  kind: 'area',
  name: { zh: '东部', en: 'East' },
  districts: [],
  industryIds: ['finance', 'logistics'],
  carrierIds: ['p-park'],
  targetIds: [],
  refs: [{ source: 's', lines: [1, 2], quote: '东部', basis: 'stated' }],
};

describe('what an edit changes', () => {
  it('is nothing until the planner changes something', () => {
    const changes = draftChanges(editedZone(zone, undefined), zone);
    expect(changesAnything(changes)).toBe(false);
    expect(changes).toEqual({ industriesAdded: [], industriesRemoved: [], carriersAdded: [], carriersRemoved: [], reshaped: false });
  });

  it('names what was added, removed, renamed and reshaped, and nothing else', () => {
    const edit = { ...editedZone(zone, undefined), industryIds: ['finance', 'tourism'], carrierIds: [], role: { zh: '门户', en: '' }, reshaped: true };
    expect(draftChanges(edit, zone)).toEqual({
      role: { zh: '门户', en: '' },
      industriesAdded: ['tourism'],
      industriesRemoved: ['logistics'],
      carriersAdded: [],
      carriersRemoved: ['p-park'],
      reshaped: true,
    });
  });
});
