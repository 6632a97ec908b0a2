import type { CatalogIndex } from '../../../data/catalog-index';
import type { Tour } from '../../../data/tour-schema';

/**
 * Tours the loaded catalog can show: a step whose zone the catalog does not know is dropped (a stale
 * tours.json must not put an empty slide on screen), and so is a tour left with no steps.
 */
export function toursForCatalog(tours: readonly Tour[], index: CatalogIndex): Tour[] {
  return tours.flatMap((tour) => {
    const steps = tour.steps.filter((step) => index.zone(step.zoneId)).map((step) => {
      // A framing that names a zone the catalog lacks frames the zones it has, or just the step's own.
      const known = step.frame?.zoneIds?.filter((id) => index.zone(id));
      if (!step.frame?.zoneIds || known?.length === step.frame.zoneIds.length) return step;
      const { zoneIds: _dropped, ...frame } = step.frame;
      return { ...step, frame: known?.length ? { ...frame, zoneIds: known } : frame };
    });
    const planIds = tour.planIds.filter((id) => index.plan(id));
    return steps.length ? [{ ...tour, planIds: planIds.length ? planIds : [index.zone(steps[0]!.zoneId)!.planId], steps }] : [];
  });
}

/** When tours.json cannot be read, each plan's zone list still makes a tour, in the catalog's order. */
export function fallbackTours(index: CatalogIndex): Tour[] {
  return index.catalog.plans.flatMap((plan) => {
    const zones = index.zonesOfPlan(plan.id);
    if (zones.length === 0) return [];
    // Functional zones before the parks inside them, as the plans themselves introduce them.
    const ordered = [...zones.filter((z) => !z.parentId), ...zones.filter((z) => z.parentId)];
    return [
      {
        id: plan.id,
        name: plan.pattern,
        planIds: [plan.id],
        steps: ordered.map((zone) => ({ zoneId: zone.id, ...(zone.role ? { caption: zone.role } : {}) })),
      },
    ];
  });
}
