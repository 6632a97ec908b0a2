// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bindFrameWatchdog } from './bind-frame-watchdog';

/** Just enough of a map: listeners, a repaint request that draws a frame only while `drawing`, and frames of its own. */
function fakeMap() {
  const listeners = new Set<() => void>();
  const map = {
    drawing: true,
    repaints: 0,
    on: (_: string, fn: () => void) => listeners.add(fn),
    off: (_: string, fn: () => void) => listeners.delete(fn),
    triggerRepaint() {
      map.repaints++;
      if (map.drawing) listeners.forEach((fn) => fn());
    },
    drawOnItsOwn: () => listeners.forEach((fn) => fn()),
  };
  return map;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('bindFrameWatchdog', () => {
  it('leaves a map that keeps drawing alone', () => {
    const map = fakeMap();
    const reload = vi.fn();
    const stop = bindFrameWatchdog(map as unknown as MapLibreMap, { probeMs: 1000, stallMs: 5000, mayReload: () => true, reload });
    vi.advanceTimersByTime(60_000);
    expect(map.repaints).toBeGreaterThan(10);
    expect(reload).not.toHaveBeenCalled();
    stop();
  });

  it('asks a map that draws on its own (someone is using it) for no extra frames', () => {
    const map = fakeMap();
    const stop = bindFrameWatchdog(map as unknown as MapLibreMap, { probeMs: 1000, stallMs: 5000, mayReload: () => true });
    for (let step = 0; step < 60; step++) {
      map.drawOnItsOwn();
      vi.advanceTimersByTime(500);
    }
    expect(map.repaints).toBe(0);
    stop();
  });

  it('reloads the page when an asked-for frame never comes, in kiosk mode only', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = fakeMap();
    map.drawing = false;
    const reload = vi.fn();
    let kiosk = false;
    const stop = bindFrameWatchdog(map as unknown as MapLibreMap, { probeMs: 1000, stallMs: 5000, mayReload: () => kiosk, reload });
    vi.advanceTimersByTime(10_000);
    expect(reload).not.toHaveBeenCalled();
    stop();
    kiosk = true;
    const again = bindFrameWatchdog(map as unknown as MapLibreMap, { probeMs: 1000, stallMs: 5000, mayReload: () => kiosk, reload });
    vi.advanceTimersByTime(10_000);
    expect(reload).toHaveBeenCalledTimes(1);
    again();
  });
});
