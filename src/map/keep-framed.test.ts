// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { noInsets } from '../state/slices/map-slice';
import { mapOverlayAttribute } from './camera';
import { frameWhileUntouched } from './keep-framed';

/** ResizeObserver is not in jsdom: this one reports nothing, the MutationObserver is what these tests drive. */
class QuietResizeObserver {
  observe() {}
  disconnect() {}
}

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

function fakeMap() {
  const container = document.createElement('div');
  container.getBoundingClientRect = () => rect(0, 0, 1600, 1000);
  document.body.append(container);
  const handlers = new Map<string, Set<() => void>>();
  const fire = (event: string) => handlers.get(event)?.forEach((run) => run());
  const map = {
    getContainer: () => container,
    isMoving: () => false,
    on: (event: string, run: () => void) => handlers.set(event, (handlers.get(event) ?? new Set()).add(run)),
    off: (event: string, run: () => void) => handlers.get(event)?.delete(run),
  } as unknown as MapLibreMap;
  return { map, fire };
}

/** A caption over the map's top edge, `height` tall. */
function caption(height: number): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute(mapOverlayAttribute, 'true');
  el.getBoundingClientRect = () => rect(500, 0, 600, height);
  document.body.append(el);
  return el;
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('frameWhileUntouched', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', QuietResizeObserver);
    document.body.replaceChildren();
  });
  afterEach(() => vi.unstubAllGlobals());

  function framedBy(map: MapLibreMap, fire: (event: string) => void) {
    // Framing moves the camera: its own movestart must not count as somebody else's.
    const frameIt = vi.fn(() => fire('movestart'));
    const stop = frameWhileUntouched(map, () => noInsets, frameIt);
    return { frameIt, stop };
  }

  it('frames at once, and again when a panel over the map is laid out later', async () => {
    const { map, fire } = fakeMap();
    const late = caption(100);
    const { frameIt, stop } = framedBy(map, fire);
    expect(frameIt).toHaveBeenCalledTimes(1);
    late.getBoundingClientRect = () => rect(500, 0, 600, 200);
    late.setAttribute('class', 'laid-out');
    await frames();
    expect(frameIt).toHaveBeenCalledTimes(2);
    // Nothing moved since: no third framing.
    late.setAttribute('class', 'laid-out again');
    await frames();
    expect(frameIt).toHaveBeenCalledTimes(2);
    stop();
  });

  it('frames again when the map takes another size, though MapLibre’s resize starts a move of its own', async () => {
    const { map, fire } = fakeMap();
    const { frameIt, stop } = framedBy(map, fire);
    fire('movestart');
    fire('resize');
    fire('moveend');
    await frames();
    expect(frameIt).toHaveBeenCalledTimes(2);
    stop();
  });

  it('leaves the view to whoever touched the page', async () => {
    const { map, fire } = fakeMap();
    const { frameIt } = framedBy(map, fire);
    window.dispatchEvent(new Event('pointerdown'));
    caption(200);
    await frames();
    expect(frameIt).toHaveBeenCalledTimes(1);
  });

  it('leaves the view once something else moved the camera, and after it is stopped', async () => {
    const { map, fire } = fakeMap();
    const moved = framedBy(map, fire);
    fire('movestart');
    caption(200);
    await frames();
    expect(moved.frameIt).toHaveBeenCalledTimes(1);

    document.body.replaceChildren();
    const { map: other, fire: fireOther } = fakeMap();
    const stopped = framedBy(other, fireOther);
    stopped.stop();
    caption(200);
    await frames();
    expect(stopped.frameIt).toHaveBeenCalledTimes(1);
  });
});
