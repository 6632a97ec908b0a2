// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { initialAppState, useAppStore } from '../state/store';
import type { ContextRecoveryHandlers } from './bind-context-recovery';
import { PlanMap } from './plan-map';

// The map's glue is tested against hand-made fakes: no WebGL in node, and what matters is the order of life.
const made: FakeMap[] = [];
const unbinds: ReturnType<typeof vi.fn>[] = [];
let recovery: ContextRecoveryHandlers[] = [];
let webgl = true;

interface FakeMap {
  container: HTMLElement;
  removed: boolean;
  loaded: () => void;
  resized: number;
  framed: unknown[];
}

vi.mock('./create-map', () => ({
  createMap: ({ container }: { container: HTMLElement }) => {
    if (!webgl) throw new Error('Failed to initialize WebGL');
    const fake: FakeMap = { container, removed: false, loaded: () => undefined, resized: 0, framed: [] };
    made.push(fake);
    return {
      getContainer: () => container,
      remove: () => void (fake.removed = true),
      resize: () => void fake.resized++,
      fitBounds: (bounds: unknown) => void fake.framed.push(bounds),
      once: (event: string, run: () => void) => {
        if (event === 'load') fake.loaded = run;
      },
      fake,
    } as unknown as MapLibreMap;
  },
}));
vi.mock('./bind-map-to-store', () => ({
  bindMapToStore: () => {
    const unbind = vi.fn();
    unbinds.push(unbind);
    return unbind;
  },
}));
vi.mock('./bind-frame-watchdog', () => ({ bindFrameWatchdog: () => () => undefined }));
vi.mock('./bind-context-recovery', () => ({
  bindContextRecovery: (_map: MapLibreMap, handlers: ContextRecoveryHandlers) => {
    recovery.push(handlers);
    return () => void (recovery = recovery.filter((h) => h !== handlers));
  },
}));

const fakeOf = (map: MapLibreMap | undefined) => (map as unknown as { fake: FakeMap } | undefined)?.fake;

describe('PlanMap', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    useAppStore.setState(initialAppState, true);
    made.length = 0;
    unbinds.length = 0;
    recovery = [];
    webgl = true;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('creates and binds one map, says when it is ready, and tears it all down', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    expect(made).toHaveLength(1);
    expect(window.__suzhouMap).toBe(planMap.map);
    fakeOf(planMap.map)!.loaded();
    expect(useAppStore.getState().mapStatus).toBe('ready');

    planMap.destroy();
    expect(made[0]!.removed).toBe(true);
    expect(unbinds[0]).toHaveBeenCalledOnce();
    expect(recovery).toEqual([]);
    expect(planMap.map).toBeUndefined();
    expect(window.__suzhouMap).toBeUndefined();
  });

  it('says the map is unsupported when MapLibre gets no WebGL context, and leaves nothing in the page', () => {
    webgl = false;
    new PlanMap(useAppStore).start();
    expect(made).toHaveLength(0);
    expect(useAppStore.getState().mapStatus).toBe('unsupported');
    expect(document.body.children).toHaveLength(0);
  });

  it('creates the map in an element of its own before the page around it is drawn, then moves it into its place', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    expect(made[0]!.container).toBe(planMap.element);
    expect(planMap.element.parentElement).toBe(document.body);

    const slot = document.body.appendChild(document.createElement('div'));
    planMap.place(slot);
    expect(planMap.element.parentElement).toBe(slot);
    expect(made).toHaveLength(1);
    expect(made[0]!.resized).toBe(1);
    // Framed on the whole window while it waited; framed again in its place.
    expect(made[0]!.framed).toHaveLength(1);
    planMap.place(slot);
    expect(made[0]!.framed).toHaveLength(1);
    planMap.destroy();
  });

  it('frames again in its place what was asked to be framed while it waited, instead of all of Suzhou', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    useAppStore.getState().framingRequested({ zoneIds: ['wz-east'], maxZoom: 12 });
    const asked = useAppStore.getState().framing!;
    planMap.place(document.body.appendChild(document.createElement('div')));
    expect(made[0]!.framed).toEqual([]);
    const again = useAppStore.getState().framing!;
    expect(again.seq).toBe(asked.seq + 1);
    expect(again).toMatchObject({ zoneIds: ['wz-east'], carrierIds: [], maxZoom: 12 });
    planMap.destroy();
  });

  it('makes the map again in its place when it was destroyed before it was placed', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    planMap.destroy();
    const slot = document.body.appendChild(document.createElement('div'));
    planMap.place(slot);
    expect(made).toHaveLength(2);
    expect(made[1]!.container).toBe(planMap.element);
    expect(planMap.element.parentElement).toBe(slot);
    // Made where it is drawn: framed once, as it was created.
    expect(made[1]!.framed).toEqual([]);
    expect(window.__suzhouMap).toBe(planMap.map);
    planMap.destroy();
  });

  it('keeps the view a link asks for when it is placed', () => {
    useAppStore.getState().cameraRequested({ lng: 120.6, lat: 31.3, zoom: 11 });
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    planMap.place(document.body.appendChild(document.createElement('div')));
    expect(made[0]!.resized).toBe(1);
    expect(made[0]!.framed).toEqual([]);
    planMap.destroy();
  });

  it('unbinds a map whose context is lost and puts a new one in its element once the context is back', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    const slot = document.body.appendChild(document.createElement('div'));
    planMap.place(slot);
    const lost = planMap.map;
    recovery[0]!.onLost();
    expect(unbinds[0]).toHaveBeenCalledOnce();
    expect(planMap.map).toBe(lost);

    recovery[0]!.onRestored();
    vi.runAllTimers();
    expect(made).toHaveLength(2);
    expect(made[0]!.removed).toBe(true);
    expect(made[1]!.container).toBe(planMap.element);
    expect(planMap.element.parentElement).toBe(slot);
    expect(planMap.map).not.toBe(lost);
    expect(window.__suzhouMap).toBe(planMap.map);
    expect(unbinds).toHaveLength(2);
    expect(unbinds[0]).toHaveBeenCalledOnce();
    expect(recovery).toHaveLength(1);
    planMap.destroy();
  });

  it('replaces a lost map once, however many times it is told to', () => {
    const planMap = new PlanMap(useAppStore);
    planMap.start();
    const [handlers] = recovery;
    handlers!.onGaveUp();
    handlers!.onGaveUp();
    expect(made).toHaveLength(2);
    planMap.destroy();
  });
});
