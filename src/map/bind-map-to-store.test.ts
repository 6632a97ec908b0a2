import type { Map as MapLibreMap } from 'maplibre-gl';
import { initialAppState, useAppStore } from '../state/store';
import { fixtureCatalog } from '../test/fixture-catalog';
import { bindMapToStore } from './bind-map-to-store';

// Which catalog the plan bindings are made with is what matters here; the bindings themselves are faked.
const boundWith: unknown[] = [];
vi.mock('./bind-plan-layers', () => ({
  bindPlanLayers: (_map: unknown, index: { catalog: unknown }) => {
    boundWith.push(index.catalog);
    return () => undefined;
  },
}));
vi.mock('./bind-pointer', () => ({ bindPointer: () => () => undefined }));
vi.mock('./bind-framing', () => ({ bindFraming: () => () => undefined }));
vi.mock('./bind-camera', () => ({ bindCamera: () => () => undefined }));
vi.mock('./bind-data-checks', () => ({ bindDataChecks: () => () => undefined }));

function fakeMap() {
  const handlers = new Map<string, () => void>();
  const map = {
    // A plan's source still loading: MapLibre's style is not "loaded" then, though layers may be added.
    isStyleLoaded: () => false,
    once: (event: string, run: () => void) => void handlers.set(event, run),
    setGlobalStateProperty: () => undefined,
  } as unknown as MapLibreMap;
  return { map, fire: (event: string) => handlers.get(event)?.() };
}

describe('bindMapToStore', () => {
  beforeEach(() => {
    useAppStore.setState(initialAppState, true);
    boundWith.length = 0;
  });

  it('binds the plans to the first view’s index at load, and again to the index with the links while sources load', () => {
    const { map, fire } = fakeMap();
    const firstView = { ...fixtureCatalog, carriers: [], targets: [] };
    useAppStore.getState().firstViewLoaded(firstView);
    const unbind = bindMapToStore(map, useAppStore);
    expect(boundWith).toEqual([]);
    fire('load');
    expect(boundWith).toEqual([firstView]);
    useAppStore.getState().catalogLoaded(fixtureCatalog);
    expect(boundWith).toEqual([firstView, fixtureCatalog]);
    unbind();
  });
});
