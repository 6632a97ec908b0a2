// @vitest-environment jsdom
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { indexCatalog } from '../data/catalog-index';
import { zoneColors } from '../data/zone-colors';
import { fixtureCatalog } from '../test/fixture-catalog';
import { baseLabelLayers } from './layers/base-layers';
import { planLayerId, plansSourceId, zoneLabelLayerId } from './layers/plan-layers';
import { planLayerStates } from './layers/plan-visibility';
import { applyLayerStates, syncPlanLayers } from './plan-layers-on-map';
import { plansJoined } from './plan-source';

/**
 * Just enough of a map to hold sources, an ordered list of layers, and the data set on a source; its tiles are
 * laid out (`tiles.busy`) until the test says otherwise, and it draws a frame when asked.
 */
function fakeMap(initialLayers: string[]) {
  const layers = [...initialLayers];
  const tiles = { busy: false };
  const onRender = new Set<() => void>();
  const added = new Map<string, LayerSpecification>();
  const sources = new Map<string, { setData: (data: FeatureCollection) => Promise<void> }>();
  const data: FeatureCollection[] = [];
  const map = {
    hasImage: () => true,
    once: () => undefined,
    on: (event: string, listener: () => void) => void (event === 'render' && onRender.add(listener)),
    off: (_event: string, listener: () => void) => void onRender.delete(listener),
    triggerRepaint: () => void setTimeout(() => [...onRender].forEach((listener) => listener())),
    isSourceLoaded: () => !tiles.busy,
    getLayer: (id: string) => (layers.includes(id) ? { id } : undefined),
    addLayer: (layer: LayerSpecification, before?: string) => {
      const at = before === undefined ? layers.length : layers.indexOf(before);
      if (at < 0) throw new Error(`no layer ${before}`);
      layers.splice(at, 0, layer.id);
      added.set(layer.id, layer);
    },
    getSource: (id: string) => sources.get(id),
    addSource: (id: string) => sources.set(id, { setData: async (d) => void data.push(d) }),
  };
  return { map: map as unknown as MapLibreMap, layers, sources, data, added, tiles, drawFrame: () => [...onRender].forEach((listener) => listener()) };
}

const index = indexCatalog(fixtureCatalog);
const base = ['background', ...baseLabelLayers.map((l) => l.id)];
/** Each plan's file: one feature per zone, as the data build writes them (no plan id). */
const files = new Map(
  fixtureCatalog.plans.map((plan) => [
    `/geojson/${plan.id}.geojson`,
    {
      type: 'FeatureCollection',
      features: index.zonesOfPlan(plan.id).map((zone) => ({ type: 'Feature', properties: { id: zone.id }, geometry: { type: 'Point', coordinates: [120.6, 31.3] } })),
    },
  ]),
);
const fetched: string[] = [];

beforeEach(() => {
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    fetched.push(path);
    const file = files.get(path);
    return new Response(JSON.stringify(file ?? {}), { status: file ? 200 : 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

// The plan's check (geojson-check) is a module fetched beside the file, so the first time it takes a moment more.
beforeAll(() => import('../data/geojson-check'));
const settled = () => vi.waitFor(() => expect(fetched.length).toBeGreaterThan(0)).then(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('syncPlanLayers', () => {
  it('draws every plan with one set of layers, shapes beneath the base labels', () => {
    const { map, layers } = fakeMap(base);
    syncPlanLayers(map, index, ['city']);
    const planLayers = layers.filter((id) => id.startsWith('plans-'));
    syncPlanLayers(map, index, ['city', 'district']);
    expect(layers.filter((id) => id.startsWith('plans-'))).toEqual(planLayers);
    expect(planLayers).toHaveLength(9);
    expect(layers.indexOf(planLayerId('fill'))).toBeLessThan(layers.indexOf(baseLabelLayers[0]!.id));
    expect(layers.indexOf(planLayerId('line-label'))).toBeGreaterThan(layers.indexOf(baseLabelLayers.at(-1)!.id));
  });

  it('fetches only the plans wanted, once, and joins their features with their plan id in catalog order', async () => {
    const { map, data } = fakeMap(base);
    syncPlanLayers(map, index, ['district']);
    await plansJoined(map);
    expect(fetched).toEqual(['/geojson/district.geojson']);
    expect(data.at(-1)!.features.map((f) => [f.properties!.id, f.properties!.planId])).toEqual([['district-east', 'district']]);

    fetched.length = 0;
    syncPlanLayers(map, index, ['city', 'district']);
    await plansJoined(map);
    expect(fetched).toEqual(['/geojson/city.geojson']);
    expect(data.at(-1)!.features.map((f) => f.properties!.planId)).toEqual(['city', 'city', 'district']);
  });

  it('sets the plans’ data only between layouts of their tiles, which MapLibre would otherwise mix up', async () => {
    const { map, data, tiles, drawFrame } = fakeMap(base);
    tiles.busy = true;
    syncPlanLayers(map, index, ['district']);
    await settled();
    expect(fetched).toEqual(['/geojson/district.geojson']);
    expect(data).toEqual([]);
    tiles.busy = false;
    drawFrame();
    await plansJoined(map);
    expect(data.at(-1)!.features.map((f) => f.properties!.id)).toEqual(['district-east']);
  });

  it('stamps each zone’s colour on its feature', async () => {
    const { map, data } = fakeMap(base);
    syncPlanLayers(map, index, ['city']);
    await plansJoined(map);
    const colors = zoneColors(fixtureCatalog);
    const features = data.at(-1)!.features;
    expect(features.length).toBeGreaterThan(0);
    for (const feature of features) expect(feature.properties!.color).toBe(colors.get(feature.properties!.id));
  });

  it('adds each layer with its filter and visibility, so no layer is laid out first with every plan', () => {
    const { map, added } = fakeMap(base);
    const states = planLayerStates(fixtureCatalog, ['district']);
    syncPlanLayers(map, index, ['city'], states);
    for (const id of [planLayerId('fill'), zoneLabelLayerId]) {
      const state = states.find((s) => s.id === id)!;
      expect(added.get(id)).toMatchObject({ filter: state.filter, layout: { visibility: state.visibility } });
    }
  });

  it('the plans source is there before any plan has arrived, so flags can be set at once', () => {
    const { map, sources } = fakeMap(base);
    syncPlanLayers(map, index, []);
    expect(sources.has(plansSourceId)).toBe(true);
    expect(fetched).toEqual([]);
  });
});

describe('applyLayerStates', () => {
  /** A map at `zoom` with two layers, the dots drawn from zoom 9 on; it records the filters set and can zoom. */
  function zoomedMap(zoom: number) {
    const filters: Record<string, unknown> = { dots: ['==', 'x', 0], fills: ['==', 'x', 0] };
    const set: string[] = [];
    const onZoom: (() => void)[] = [];
    const map = {
      getZoom: () => zoom,
      getLayer: (id: string) => (id === 'dots' ? { id, minzoom: 9 } : id === 'fills' ? { id } : undefined),
      getLayoutProperty: () => 'visible',
      getFilter: (id: string) => filters[id],
      setFilter: (id: string, filter: unknown) => {
        filters[id] = filter;
        set.push(id);
      },
      on: (event: string, listener: () => void) => void (event === 'zoom' && onZoom.push(listener)),
    } as unknown as MapLibreMap;
    const zoomTo = (z: number) => {
      zoom = z;
      onZoom.forEach((listener) => listener());
    };
    return { map, filters, set, zoomTo };
  }
  const state = (id: string, x: number) => ({ id, visibility: 'visible' as const, filter: ['==', 'x', x] as FilterSpecification });

  it('holds a layer’s new filter while the map is zoomed out beyond it, and sets the latest as it zooms in', () => {
    const { map, filters, set, zoomTo } = zoomedMap(8.9);
    applyLayerStates(map, [state('dots', 1), state('fills', 1)]);
    expect(set).toEqual(['fills']);
    applyLayerStates(map, [state('dots', 2), state('fills', 1)]);
    expect(set).toEqual(['fills']);
    zoomTo(8.95);
    expect(set).toEqual(['fills']);
    zoomTo(9.1);
    expect(set).toEqual(['fills', 'dots']);
    expect(filters.dots).toEqual(['==', 'x', 2]);
    zoomTo(9.5);
    expect(set).toEqual(['fills', 'dots']);
  });
});
