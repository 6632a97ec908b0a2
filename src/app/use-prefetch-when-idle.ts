import { useEffect } from 'react';
import { prefetchDeferred } from '../features/shared/deferred';
import { afterFirstView } from '../state/after-first-view';
import { useAppStore } from '../state/store';

/**
 * Once the map has drawn the first view (its first `idle` with the first view's plans) and the browser has
 * nothing better to do, fetches the code the first view left out (panels, presentation, export, print), so the
 * first click on any of them does not wait for the network, and the first view never waits for them.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => afterFirstView(useAppStore, () => void prefetchDeferred()), []);
}
