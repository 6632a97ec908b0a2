import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zonesAtPoint } from './zones-at-point';

const mapAnswering = (query: () => { properties: { id: string } }[]) =>
  ({ getLayer: () => ({}), queryRenderedFeatures: query }) as unknown as MapLibreMap;

describe('zonesAtPoint', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists each zone under the point once, topmost first', () => {
    const map = mapAnswering(() => [{ properties: { id: 'b' } }, { properties: { id: 'a' } }, { properties: { id: 'b' } }]);
    expect(zonesAtPoint(map, { x: 10, y: 10 }, ['fill'])).toEqual(['b', 'a']);
  });

  it('says it could not read, rather than throwing, while MapLibre cannot read its features', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const map = mapAnswering(() => {
      throw new Error('feature index out of bounds');
    });
    expect(zonesAtPoint(map, { x: 10, y: 10 }, ['fill'])).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
