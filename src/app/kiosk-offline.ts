/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

let registered = false;

/**
 * Registers the service worker that precaches the app, its data and the map worker, so that after one
 * load the app starts with no network (an exhibition hall, a meeting room). It is registered only once the
 * first view is drawn: precaching every plan's GeoJSON must not compete with what the visitor waits for.
 */
export function registerOfflineCache(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registered = true;
  const start = () => registerSW({ immediate: true, onRegisterError: (error: unknown) => console.warn('offline cache', error) });
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
