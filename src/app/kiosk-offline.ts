/// <reference types="vite-plugin-pwa/client" />
import { phoneMediaQuery } from '../config/layout';
import { afterFirstView } from '../state/after-first-view';
import type { Store } from '../state/store';

let registered = false;
const startDelayMs = 3000;

/**
 * Registers the service worker that precaches the app, its data and the map worker, so that after one
 * load the app starts with no network (an exhibition hall, a meeting room). It is registered only once the
 * first view is drawn: precaching the whole app with every plan's GeoJSON (~3 MB) must not compete with what the visitor
 * waits for. Not on a phone: whoever opens a shared link there is online, often on mobile data, and would pay
 * for 3 MB that only a kiosk or a laptop in a meeting room needs.
 */
export function registerOfflineCache(store: Store): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (window.matchMedia?.(phoneMediaQuery).matches) return;
  registered = true;
  // The registration's code (workbox-window) is fetched then too, not with the first view.
  const start = () =>
    void import('virtual:pwa-register').then(({ registerSW }) =>
      registerSW({ immediate: true, onRegisterError: (error: unknown) => console.warn('offline cache', error) }),
    );
  // A few seconds on: the first view's remaining requests and the visitor's first taps go first.
  afterFirstView(store, start, { delayMs: startDelayMs, idleTimeoutMs: 3000 });
}
