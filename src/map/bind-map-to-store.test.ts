import type { Map as MapLibreMap } from 'maplibre-gl';
import { initialAppState, useAppStore } from '../state/store';
import { fixtureCatalog } from '../test/fixture-catalog';
import { bindMapToStore } from './bind-map-to-store';

// Which catalog the plan bindings are made with, and when, is what matters here; the bindings themselves are faked.
const boundWith: unknown[] = [];
const boundOptions: { linkHasView?: boolean }[] = [];
vi.mock('./bind-plan-layers', () => ({
  bindPlanLayers: (_map: unknown, index: { catalog: unknown }, _store: unknown, options: { linkHasView?: boolean }) => {
    boundWith.push(index.catalog);
    boundOptions.push(options);
    return () => undefined;
  },
}));
vi.mock('./bind-pointer', () => ({ bindPointer: () => () => undefined }));
vi.mock('./bind-framing', () => ({ bindFraming: () => () => undefined }));
vi.mock('./bind-camera', () => ({ bindCamera: () => () => undefined }));
vi.mock('./bind-data-checks', () => ({ bindDataChecks: () => () => undefined }));
/** The shown plans' files joined into their source: the test says when. */
let joinPlans = () => {};
vi.mock('./plan-source', () => ({ plansJoined: () => new Promise<void>((resolve) => (joinPlans = resolve)) }));

function fakeMap() {
  const handlers = new Map<string, () => void>();
  const map = {
    // A plan's source still loading: MapLibre's style is not "loaded" then, though layers may be added.
    isStyleLoaded: () => false,
    once: (event: string, run: () => void) => void handlers.set(event, run),
    off: (event: string, run: () => void) => handlers.get(event) === run && handlers.delete(event),
    setGlobalStateProperty: () => undefined,
  } as unknown as MapLibreMap;
  return { map, fire: (event: string) => handlers.get(event)?.(), listens: (event: string) => handlers.has(event) };
}

const firstView = { ...fixtureCatalog, carriers: [], targets: [] };

describe('bindMapToStore', () => {
  beforeEach(() => {
    useAppStore.setState(initialAppState, true);
    boundWith.length = 0;
    boundOptions.length = 0;
  });

  it('tells the plan bindings whether the map was made on a view of its own, though it has come to rest since', () => {
    for (const linked of [false, true]) {
      useAppStore.setState(initialAppState, true);
      if (linked) useAppStore.getState().cameraRequested({ lng: 120.6, lat: 31.3, zoom: 10 });
      const { map, fire } = fakeMap();
      const unbind = bindMapToStore(map, useAppStore);
      // The first view framed: the store now holds a camera either way.
      useAppStore.getState().cameraSettled({ lng: 120.6, lat: 31.4, zoom: 8.3 });
      fire('style.load');
      useAppStore.getState().catalogLoaded(fixtureCatalog);
      expect(boundOptions.at(-1)?.linkHasView, linked ? 'a link with a view' : 'no view in the link').toBe(linked);
      unbind();
    }
  });

  it('binds the plans to the first view’s index once the style is loaded, and again to the index with the links while sources load', () => {
    const { map, fire } = fakeMap();
    useAppStore.getState().firstViewLoaded(firstView);
    const unbind = bindMapToStore(map, useAppStore);
    expect(boundWith).toEqual([]);
    // Not the map's `load`, which waits for the base map's data: the plans' files are fetched beside it.
    fire('style.load');
    expect(boundWith).toEqual([firstView]);
    useAppStore.getState().catalogLoaded(fixtureCatalog);
    expect(boundWith).toEqual([firstView, fixtureCatalog]);
    unbind();
  });

  it('binds the plans when the index arrives after the style', () => {
    const { map, fire } = fakeMap();
    const unbind = bindMapToStore(map, useAppStore);
    fire('style.load');
    expect(boundWith).toEqual([]);
    useAppStore.getState().firstViewLoaded(firstView);
    expect(boundWith).toEqual([firstView]);
    unbind();
  });

  it('says the first view is drawn at the first idle after the shown plans are in their source', async () => {
    const { map, fire, listens } = fakeMap();
    useAppStore.getState().firstViewLoaded(firstView);
    const unbind = bindMapToStore(map, useAppStore);
    fire('style.load');
    // The base map is drawn before the plans' files are in: not the first view yet.
    fire('idle');
    expect(useAppStore.getState().firstViewDrawn).toBe(false);
    joinPlans();
    await vi.waitFor(() => expect(listens('idle')).toBe(true));
    fire('idle');
    expect(useAppStore.getState().firstViewDrawn).toBe(true);
    unbind();
  });

  it('binds nothing when a style loads after the bindings ended (a context lost before the style loaded)', () => {
    const { map, fire } = fakeMap();
    useAppStore.getState().firstViewLoaded(firstView);
    bindMapToStore(map, useAppStore)();
    fire('style.load');
    expect(boundWith).toEqual([]);
  });
});
