import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { AppState } from '../state/store';

/** Store changes reach the map through subscriptions; returns the function that ends them. */
export function bindMapToStore(map: MapLibreMap, store: UseBoundStore<StoreApi<AppState>>): () => void {
  const unsubscribers = [
    store.subscribe((state, previous) => {
      if (state.locale !== previous.locale) map.setGlobalStateProperty('locale', state.locale);
    }),
  ];
  map.on('error', (event) => console.warn('map:', event.error?.message ?? event));
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
