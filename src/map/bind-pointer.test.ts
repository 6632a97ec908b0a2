// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { indexCatalog } from '../data/catalog-index';
import { initialAppState, useAppStore } from '../state/store';
import { fixtureCatalog } from '../test/fixture-catalog';
import { bindPointer } from './bind-pointer';
import { setZoneFlag } from './plan-layers-on-map';

const under = vi.hoisted(() => ({ zones: ['district-east'] }));
vi.mock('./zones-at-point', () => ({ zonesAtPoint: () => under.zones }));
vi.mock('./plan-layers-on-map', () => ({ clickableLayerIds: [], setZoneFlag: vi.fn() }));

function fakeMap() {
  const handlers = new Map<string, (event: unknown) => void>();
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.append(canvas);
  const map = {
    on: (event: string, run: (event: unknown) => void) => void handlers.set(event, run),
    off: (event: string) => void handlers.delete(event),
    getCanvas: () => canvas,
    getCanvasContainer: () => container,
  } as unknown as MapLibreMap;
  const mouseMove = () => handlers.get('mousemove')?.({ point: { x: 10, y: 10 }, originalEvent: new MouseEvent('mousemove') });
  // jsdom has no PointerEvent: an event of that name with the field the binding reads.
  const pointer = (type: string, pointerType: string) => container.dispatchEvent(Object.assign(new Event(type), { pointerType }));
  return { map, mouseMove, pointer };
}

const hoverFlags = () => vi.mocked(setZoneFlag).mock.calls.filter(([, , flag]) => flag === 'hover');

describe('bindPointer', () => {
  beforeEach(() => {
    useAppStore.setState(initialAppState, true);
    vi.mocked(setZoneFlag).mockClear();
    under.zones = ['district-east'];
  });

  it('highlights the zone a mouse hovers, but not the one under a finger, whose tap sends a mousemove too', () => {
    const { map, mouseMove, pointer } = fakeMap();
    const unbind = bindPointer(map, indexCatalog(fixtureCatalog), useAppStore);
    pointer('pointermove', 'mouse');
    mouseMove();
    expect(hoverFlags()).toEqual([[map, 'district-east', 'hover', true]]);
    mouseMove();
    expect(hoverFlags()).toHaveLength(1);

    // A tap elsewhere: its compatibility mousemove changes no highlight.
    vi.mocked(setZoneFlag).mockClear();
    under.zones = ['district-west'];
    pointer('pointerdown', 'touch');
    mouseMove();
    expect(hoverFlags()).toEqual([]);

    // The mouse moving again hovers again.
    pointer('pointermove', 'mouse');
    mouseMove();
    expect(hoverFlags()).toEqual([
      [map, 'district-east', 'hover', false],
      [map, 'district-west', 'hover', true],
    ]);
    unbind();
  });
});
