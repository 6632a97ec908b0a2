import { useEffect, useMemo } from 'react';
import { useAppStore, type AppState } from './store';
import { indexCatalog, type CatalogIndex } from '../data/catalog-index';
import type { Catalog } from '../data/catalog-schema';
import { catalogWithDetails } from '../data/catalog-with-details';
import { catalogWithDraft, draftPlanId } from '../data/draft-catalog';
import type { PlanDetail } from '../data/plan-detail';
import type { PlanDetailStatus } from './slices/catalog-slice';

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog, built once however many components ask. */
export function catalogIndexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = indexCatalog(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

const merged = new WeakMap<Catalog, WeakMap<AppState['planDetails'], Catalog>>();

/** The catalog with every plan detail loaded so far merged in, made once per change of either. */
function catalogWithLoadedDetails(catalog: Catalog, details: AppState['planDetails']): Catalog {
  let byDetails = merged.get(catalog);
  if (!byDetails) merged.set(catalog, (byDetails = new WeakMap()));
  let result = byDetails.get(details);
  if (!result) {
    const loaded = Object.values(details).flatMap((entry): PlanDetail[] => (entry.status === 'ready' ? [entry.detail] : []));
    result = catalogWithDetails(catalog, loaded);
    byDetails.set(details, result);
  }
  return result;
}

/** Which plans' details a panel waits for: some plans, every plan, or none (the links across plans are enough). */
export type DetailWanted = readonly string[] | 'all' | undefined;

const settled = (entry: PlanDetailStatus | undefined) => entry !== undefined && entry.status !== 'loading';

/**
 * Asks for the details of the plans a panel shows and tells whether they have all arrived (or failed: a failed
 * plan keeps its index rows, and `useDetailProblems` names the file).
 */
export function usePlanDetails(wanted: DetailWanted): boolean {
  const planIds = useAppStore((s) =>
    wanted === 'all'
      ? s.catalog.status === 'ready' && !s.catalog.partial
        ? s.catalog.catalog.plans.map((p) => p.id).join(' ')
        : ''
      : // A draft's zones have no detail file: the draft is all there is.
        (wanted ?? []).filter((id) => id !== draftPlanId).join(' '),
  );
  const planDetailsAsked = useAppStore((s) => s.planDetailsAsked);
  const ready = useAppStore((s) => planIds === '' || planIds.split(' ').every((id) => settled(s.planDetails[id])));
  useEffect(() => {
    if (planIds) planDetailsAsked(planIds.split(' '));
  }, [planIds, planDetailsAsked]);
  return wanted === 'all' ? ready && planIds !== '' : ready;
}

/** The detail files of these plans that could not be used, with what is wrong with each. */
export function useDetailProblems(planIds: readonly string[]): { file: string; problems: string[] }[] {
  const details = useAppStore((s) => s.planDetails);
  const key = planIds.join(' ');
  return useMemo(
    () => key.split(' ').flatMap((id) => (details[id]?.status === 'error' ? [details[id] as { file: string; problems: string[] }] : [])),
    [details, key],
  );
}

/**
 * The catalog's index once the links across plans are in (or undefined while loading, the first view's index
 * alone included, or after an error), with every plan detail loaded so far. `wanted` names the plans whose
 * details the caller shows: they are fetched, and the index waits for them. In draft mode the draft's zones
 * are in it too, as the plan 草稿 / Draft (the map draws them itself, so its layers keep the plans' own index).
 */
export function useCatalogIndex(wanted?: DetailWanted): CatalogIndex | undefined {
  // The same object while the catalog, the loaded details and the draft are: each step is made once per input.
  const index = useAppStore(loadedCatalogIndex);
  const arrived = usePlanDetails(wanted);
  return arrived ? index : undefined;
}

/**
 * The index as it is, waiting for no plan's detail: for rows that look things up in it (a card lists dozens of
 * sources), one subscription each rather than useCatalogIndex's four and an effect.
 */
export const useLoadedCatalogIndex = (): CatalogIndex | undefined => useAppStore(loadedCatalogIndex);

/** The catalog's index with every plan detail loaded so far (also for work a click starts outside rendering). */
export function loadedCatalogIndex(state: AppState = useAppStore.getState()): CatalogIndex | undefined {
  if (state.catalog.status !== 'ready' || state.catalog.partial) return undefined;
  return catalogIndexOf(catalogWithDraft(catalogWithLoadedDetails(state.catalog.catalog, state.planDetails), state.draft.present));
}

/** Asks for these plans' details and resolves once each has arrived or failed. */
export function planDetailsSettled(planIds: readonly string[]): Promise<void> {
  const wanted = planIds.filter((id) => id !== draftPlanId);
  const done = (s: AppState) => wanted.every((id) => settled(s.planDetails[id]));
  useAppStore.getState().planDetailsAsked(wanted);
  if (done(useAppStore.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useAppStore.subscribe((s) => {
      if (!done(s)) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * For what the first view draws (the layer panel): the links' index, or until it arrives the first view's,
 * which has the plans and their zones' names and kinds and nothing else.
 */
export function useFirstViewIndex(): CatalogIndex | undefined {
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' ? s.catalog.catalog : undefined));
  const draft = useAppStore((s) => s.draft.present);
  return catalog ? catalogIndexOf(catalogWithDraft(catalog, draft)) : undefined;
}

/**
 * The links' index, with a draft's zones, and no plan details: for what answers from the links alone (the
 * search). The same object while plan details come in, so what is worked out from it is kept.
 */
export function useLinksIndex(): CatalogIndex | undefined {
  const catalog = useAppStore((s) => (s.catalog.status === 'ready' && !s.catalog.partial ? s.catalog.catalog : undefined));
  const draft = useAppStore((s) => s.draft.present);
  return catalog ? catalogIndexOf(catalogWithDraft(catalog, draft)) : undefined;
}
