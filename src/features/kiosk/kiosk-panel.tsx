import { useCatalogIndex, usePlansOfZones } from '../../state/use-catalog';
import { useAppStore } from '../../state/store';
import type { KioskPlan } from './attract-playlist';
import { PlanIntro } from './plan-intro';
import { VisitorCard } from './visitor-card';
import { VisitorOverlap } from './visitor-overlap';

/** The kiosk's card: the zone picked, the areas under a tap to pick from, or the plan on the map. */
export function KioskPanel({ plans, onScreen }: { plans: KioskPlan[]; onScreen?: string }) {
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const overlapZoneIds = useAppStore((s) => s.overlapZoneIds);
  // The kiosk's cards cite the plans it shows, and the plan of a zone a visitor taps; the service worker
  // precaches every plan's detail for offline days.
  const tapped = usePlansOfZones([selectedZoneId, ...overlapZoneIds]);
  const index = useCatalogIndex([...plans.map((plan) => plan.planId), ...tapped]);
  const zone = selectedZoneId ? index?.zone(selectedZoneId) : undefined;
  let content = null;
  if (index && zone) content = <VisitorCard zone={zone} index={index} plans={plans} />;
  else if (index && overlapZoneIds.length > 1) content = <VisitorOverlap zoneIds={overlapZoneIds} index={index} plans={plans} />;
  else if (index && onScreen) content = <PlanIntro planId={onScreen} index={index} plans={plans} />;
  return (
    <aside className="kiosk-panel" data-testid="kiosk-panel">
      {content}
    </aside>
  );
}
