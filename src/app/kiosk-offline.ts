/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { phoneMediaQuery } from '../config/layout';

let registered = false;
const startDelayMs = 3000;

/**
 * Registers the service worker that precaches the app, its data and the map worker, so that after one
 * load the app starts with no network (an exhibition hall, a meeting room). It is registered only once the
 * first view is drawn: precaching the whole app with every plan's GeoJSON (~3 MB) must not compete with what the visitor
 * waits for. Not on a phone: whoever opens a shared link there is online, often on mobile data, and would pay
 * for 3 MB that only a kiosk or a laptop in a meeting room needs.
 */
export function registerOfflineCache(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (window.matchMedia?.(phoneMediaQuery).matches) return;
  registered = true;
  const start = () => registerSW({ immediate: true, onRegisterError: (error: unknown) => console.warn('offline cache', error) });
  // A few seconds on: the first view's remaining requests and the visitor's first taps go first.
  setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
    else start();
  }, startDelayMs);
}
