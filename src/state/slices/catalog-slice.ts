import type { StateCreator } from 'zustand';
import type { Catalog } from '../../data/catalog-schema';
import type { PlanDetail } from '../../data/plan-detail';
import type { AppState } from '../store';

export type CatalogStatus =
  | { status: 'loading' }
  /**
   * `partial`: only the first view's index (plans and zone names) is in; the map and the layer panel draw from
   * it, and the links across plans (zones' industries, carriers, industries, families) are on their way.
   * Without it, the links are in too; what a plan's cards cite comes plan by plan (`planDetails`).
   */
  | { status: 'ready'; catalog: Catalog; partial?: true }
  | { status: 'error'; file: string; problems: string[] };

/** A plan's detail file: asked for (and on its way), in, or unusable (the file and what is wrong with it). */
export type PlanDetailStatus =
  | { status: 'loading' }
  | { status: 'ready'; detail: PlanDetail }
  | { status: 'error'; file: string; problems: string[] };

export interface CatalogSlice {
  catalog: CatalogStatus;
  /** Plans whose detail something has asked for, by plan id. */
  planDetails: Readonly<Record<string, PlanDetailStatus>>;
  /** The map has drawn the first view (its first `idle` with the plan layers in): later work may start. */
  firstViewDrawn: boolean;
  firstViewShown: () => void;
  /** Something needs the links across plans now (the search field was focused …); they are fetched at once. */
  catalogAsked: boolean;
  catalogNeeded: () => void;
  /** The first view's index arrived; ignored once the links are in (or have failed). */
  firstViewLoaded: (catalog: Catalog) => void;
  catalogLoaded: (catalog: Catalog) => void;
  catalogFailed: (file: string, problems: string[]) => void;
  /** A panel shows these plans in detail: those not yet asked for are fetched. */
  planDetailsAsked: (planIds: readonly string[]) => void;
  planDetailLoaded: (detail: PlanDetail) => void;
  planDetailFailed: (planId: string, file: string, problems: string[]) => void;
}

export const createCatalogSlice: StateCreator<AppState, [], [], CatalogSlice> = (set) => ({
  catalog: { status: 'loading' },
  planDetails: {},
  firstViewDrawn: false,
  firstViewShown: () => set({ firstViewDrawn: true }),
  catalogAsked: false,
  catalogNeeded: () => set({ catalogAsked: true }),
  firstViewLoaded: (catalog) =>
    set((state) => (state.catalog.status === 'loading' ? { catalog: { status: 'ready', catalog, partial: true } } : {})),
  catalogLoaded: (catalog) => set({ catalog: { status: 'ready', catalog } }),
  catalogFailed: (file, problems) => set({ catalog: { status: 'error', file, problems } }),
  planDetailsAsked: (planIds) =>
    set((state) => {
      const fresh = planIds.filter((id) => !state.planDetails[id]);
      if (fresh.length === 0) return {};
      return { planDetails: { ...state.planDetails, ...Object.fromEntries(fresh.map((id) => [id, { status: 'loading' as const }])) } };
    }),
  planDetailLoaded: (detail) => set((state) => ({ planDetails: { ...state.planDetails, [detail.planId]: { status: 'ready', detail } } })),
  planDetailFailed: (planId, file, problems) =>
    set((state) => ({ planDetails: { ...state.planDetails, [planId]: { status: 'error', file, problems } } })),
});
