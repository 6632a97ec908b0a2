import { cancelIdle, requestIdle } from './idle-callback';
import type { AppState, Store } from './store';

/** Whether the first view is as drawn as it will be: drawn, or the map or the catalog could not draw it. */
export const firstViewSettled = (s: AppState): boolean =>
  s.firstViewDrawn || s.mapStatus === 'unsupported' || s.mapStatus === 'failed' || s.catalog.status === 'error';

export interface AfterFirstViewOptions {
  /** Waits this much longer once the first view is drawn, so that its last requests and a first tap go first. */
  delayMs?: number;
  /** Runs at the latest this long after that, however busy the browser is. */
  idleTimeoutMs?: number;
}

/**
 * Runs `task` once the map has drawn the first view (its first `idle` with the first view's plan layers, not
 * merely the map's `load`) and then the browser is idle: work the visitor is not waiting for (code of other
 * panels, checks, the offline cache) must never compete with the first view. Returns a function that cancels it.
 */
export function afterFirstView(store: Store, task: () => void, { delayMs = 0, idleTimeoutMs = 2000 }: AfterFirstViewOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let unsubscribe = () => {};
  const whenIdle = () => {
    idle = requestIdle(() => task(), idleTimeoutMs);
  };
  const start = () => {
    unsubscribe();
    if (delayMs > 0) timer = setTimeout(whenIdle, delayMs);
    else whenIdle();
  };
  if (firstViewSettled(store.getState())) start();
  else unsubscribe = store.subscribe((state) => firstViewSettled(state) && start());
  return () => {
    unsubscribe();
    clearTimeout(timer);
    if (idle !== undefined) cancelIdle(idle);
  };
}
