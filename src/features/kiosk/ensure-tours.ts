import type { StoreApi, UseBoundStore } from 'zustand';
import { assetUrl } from '../../config/env';
import { catalogIndexOf } from '../../data/use-catalog';
import type { AppState } from '../../state/store';
import { fallbackTours, toursForCatalog } from '../tour/catalog-tours';
import { loadTours } from '../tour/load-tours';

type Store = UseBoundStore<StoreApi<AppState>>;

/**
 * The attract loop needs tours even when presentation mode never ran. Loads them once the catalog is there,
 * unless someone already did; a missing or broken tours.json falls back to each plan's zones in order.
 */
export function ensureToursLoaded(store: Store): () => void {
  let started = false;
  const check = (state: AppState) => {
    if (started || state.tours.status !== 'loading' || state.catalog.status !== 'ready') return;
    started = true;
    const index = catalogIndexOf(state.catalog.catalog);
    loadTours(assetUrl('data/tours.json')).then(
      (tours) => {
        if (store.getState().tours.status === 'loading') store.getState().toursLoaded(toursForCatalog(tours, index));
      },
      (error: unknown) => {
        if (store.getState().tours.status === 'loading')
          store.getState().toursLoaded(fallbackTours(index), [error instanceof Error ? error.message : String(error)]);
      },
    );
  };
  check(store.getState());
  return store.subscribe(check);
}
