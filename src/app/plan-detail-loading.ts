import type { StoreApi, UseBoundStore } from 'zustand';
import { assetUrl } from '../config/env';
import { CatalogLoadError } from '../data/load-catalog-error';
import { planDetailFile } from '../data/plan-detail-file';
import type { AppState } from '../state/store';

type Store = UseBoundStore<StoreApi<AppState>>;

/**
 * Fetches each plan's detail file once a panel asks for it (`planDetailsAsked`) and the index is in (its
 * version is the one the detail must have). A missing or damaged file is that plan's error, which the panel
 * showing it names; every other plan and panel carries on.
 */
export function startPlanDetailLoading(store: Store): () => void {
  const fetching = new Set<string>();
  const fetchAsked = (s: AppState) => {
    if (s.catalog.status !== 'ready') return;
    const { version } = s.catalog.catalog;
    for (const [planId, entry] of Object.entries(s.planDetails)) {
      if (entry.status !== 'loading' || fetching.has(planId)) continue;
      fetching.add(planId);
      import('../data/load-plan-detail')
        .then(({ loadPlanDetail }) => loadPlanDetail(assetUrl(planDetailFile(planId)), planId, version))
        .then(
          (detail) => store.getState().planDetailLoaded(detail),
          (error: unknown) => {
            if (error instanceof CatalogLoadError) store.getState().planDetailFailed(planId, error.file, error.problems);
            else store.getState().planDetailFailed(planId, planDetailFile(planId), [String(error)]);
          },
        );
    }
  };
  fetchAsked(store.getState());
  return store.subscribe((s, previous) => {
    if (s.planDetails !== previous.planDetails || s.catalog !== previous.catalog) fetchAsked(s);
  });
}
