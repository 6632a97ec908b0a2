// @vitest-environment jsdom
import { afterFirstView } from './after-first-view';
import { initialAppState, useAppStore } from './store';

describe('work after the first view', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState(initialAppState, true);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first view drawn, not for the map to load, then for the browser to be idle', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const task = vi.fn();
    afterFirstView(useAppStore, task);
    useAppStore.getState().mapStatusChanged('ready');
    vi.runAllTimers();
    expect(idle).toHaveLength(0);
    useAppStore.getState().firstViewShown();
    expect(task).not.toHaveBeenCalled();
    idle.forEach((callback) => callback());
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs when the first view never comes: no WebGL, or a catalog that could not be read', () => {
    const task = vi.fn();
    afterFirstView(useAppStore, task);
    useAppStore.getState().mapStatusChanged('unsupported');
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();

    useAppStore.setState(initialAppState, true);
    const other = vi.fn();
    afterFirstView(useAppStore, other, { delayMs: 3000 });
    useAppStore.getState().catalogFailed('data/catalog-index.json', ['HTTP 404']);
    vi.advanceTimersByTime(2999);
    expect(other).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(other).toHaveBeenCalledOnce();
  });

  it('runs at once on a first view already drawn, once however often the store changes, and never once cancelled', () => {
    useAppStore.getState().firstViewShown();
    const task = vi.fn();
    afterFirstView(useAppStore, task);
    useAppStore.getState().localeChosen('en');
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();

    useAppStore.setState(initialAppState, true);
    const cancelled = vi.fn();
    afterFirstView(useAppStore, cancelled)();
    useAppStore.getState().firstViewShown();
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
