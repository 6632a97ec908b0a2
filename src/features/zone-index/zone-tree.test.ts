import type { Zone } from '../../data/catalog-schema';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { zoneTree, type ZoneNode } from './zone-tree';

const base = fixtureCatalog.zones[0]!;
const zone = (id: string, parentId?: string): Zone => ({ ...base, id, ...(parentId ? { parentId } : {}) });
const shape = (nodes: ZoneNode[]): unknown => nodes.map((n) => (n.children.length ? { [n.zone.id]: shape(n.children) } : n.zone.id));

describe('zoneTree', () => {
  it('puts parks under their parent, in catalog order', () => {
    expect(shape(zoneTree([zone('p1', 'a'), zone('a'), zone('b'), zone('p2', 'a'), zone('q', 'p1')]))).toEqual([
      { a: [{ p1: ['q'] }, 'p2'] },
      'b',
    ]);
  });

  it('never drops a zone: a missing parent or a parent cycle leaves it at the top', () => {
    expect(shape(zoneTree([zone('x', 'elsewhere'), zone('c1', 'c2'), zone('c2', 'c1')]))).toEqual(['x', { c1: ['c2'] }]);
  });
});
