// @vitest-environment jsdom
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { indexCatalog } from '../data/catalog-index';
import { fixtureCatalog } from '../test/fixture-catalog';
import { baseLabelLayers } from './layers/base-layers';
import { syncPlanLayers } from './plan-layers-on-map';

/** Just enough of a map to hold sources and an ordered list of layers. */
function fakeMap(initialLayers: string[]) {
  const layers = [...initialLayers];
  const sources = new Set<string>();
  const map = {
    hasImage: () => true,
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    addLayer: (layer: LayerSpecification, before?: string) => {
      const at = before === undefined ? layers.length : layers.indexOf(before);
      if (at < 0) throw new Error(`no layer ${before}`);
      layers.splice(at, 0, layer.id);
    },
    removeLayer: (id: string) => layers.splice(layers.indexOf(id), 1),
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    addSource: (id: string) => sources.add(id),
    removeSource: (id: string) => sources.delete(id),
  };
  return { map: map as unknown as MapLibreMap, layers, sources };
}

const index = indexCatalog(fixtureCatalog);
const [first, second] = fixtureCatalog.plans.map((p) => p.id) as [string, string];
const base = ['background', ...baseLabelLayers.map((l) => l.id)];

describe('syncPlanLayers', () => {
  it('gives a plan no one shows no source and no layer', () => {
    const { map, layers, sources } = fakeMap(base);
    expect(syncPlanLayers(map, index, new Set([first]))).toEqual([first]);
    expect(sources.has(`plan:${second}`)).toBe(false);
    expect(layers.filter((id) => id.startsWith(`plan:${second}:`))).toEqual([]);
    expect(layers.filter((id) => id.startsWith(`plan:${first}:`)).length).toBeGreaterThan(0);
  });

  it('adds a plan switched on in its place in the drawing order, and takes off one switched off', () => {
    const both = fakeMap(base);
    syncPlanLayers(both.map, index, new Set([first, second]));
    const { map, layers, sources } = fakeMap(base);
    syncPlanLayers(map, index, new Set([second]));
    expect(syncPlanLayers(map, index, new Set([first, second]))).toEqual([first]);
    expect(layers).toEqual(both.layers);
    // Plan shapes lie beneath the base map's labels.
    expect(layers.indexOf(`plan:${first}:fill`)).toBeLessThan(layers.indexOf(baseLabelLayers[0]!.id));
    syncPlanLayers(map, index, new Set([first]));
    expect(layers.some((id) => id.startsWith(`plan:${second}:`))).toBe(false);
    expect(sources.has(`plan:${second}`)).toBe(false);
  });
});
