import { describe, expect, it } from 'vitest';
import type { Bbox } from './camera';
import { placeBoxes } from './place-boxes';

describe('placeBoxes', () => {
  const extents = new Map<string, Bbox>([['east', [120.7, 31.1, 120.9, 31.3]]]);
  const carriers = new Map<string, [number, number]>([['park', [120.6, 31.2]]]);

  it('gives zones their extents and carriers a box of their point, zones first', () => {
    expect(placeBoxes(['east'], ['park'], (id) => extents.get(id), carriers)).toEqual([
      [120.7, 31.1, 120.9, 31.3],
      [120.6, 31.2, 120.6, 31.2],
    ]);
  });

  it('leaves out what has no known place, and every carrier while their points are not in', () => {
    expect(placeBoxes(['east', 'nowhere'], ['park', 'unplaced'], (id) => extents.get(id), carriers)).toHaveLength(2);
    expect(placeBoxes(['east'], ['park'], (id) => extents.get(id), undefined)).toEqual([[120.7, 31.1, 120.9, 31.3]]);
  });
});
