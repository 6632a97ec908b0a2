import { linesBySource } from './lines-by-source';

const ref = (source: string, from: number, to: number) => ({ source, lines: [from, to] as [number, number], basis: 'stated' as const });

describe('linesBySource', () => {
  it('groups line ranges by document, each once, in the order cited', () => {
    expect([...linesBySource([ref('b', 88, 88), ref('a', 10, 12), ref('b', 90, 91), ref('b', 88, 88)])]).toEqual([
      ['b', ['88', '90–91']],
      ['a', ['10–12']],
    ]);
  });
});
