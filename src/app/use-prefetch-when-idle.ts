import { useEffect } from 'react';
import { prefetchDeferred } from '../features/shared/deferred';
import { useAppStore } from '../state/store';

/**
 * Once the first view is drawn and the browser has nothing better to do, fetches the code the first view left
 * out (panels, presentation, export, print), so the first click on any of them does not wait for the network.
 */
export function usePrefetchWhenIdle(): void {
  const mapStatus = useAppStore((s) => s.mapStatus);
  useEffect(() => {
    if (mapStatus === 'starting') return;
    const start = () => void prefetchDeferred();
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(start, 500);
    return () => window.clearTimeout(timer);
  }, [mapStatus]);
}
