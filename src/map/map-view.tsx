import { useEffect, useRef } from 'react';
import { usePlanMap } from './plan-map-context';

/**
 * Where the map is drawn: the app's PlanMap, started before React drew anything, is moved in here, and
 * destroyed on unmount. An effect, not a layout effect, so that the phone's sheet has said what it covers when
 * the map frames Suzhou.
 */
export function MapView() {
  const slotRef = useRef<HTMLDivElement>(null);
  const planMap = usePlanMap();

  useEffect(() => {
    if (!slotRef.current || !planMap) return;
    planMap.place(slotRef.current);
    return () => planMap.destroy();
  }, [planMap]);

  return <div ref={slotRef} className="map-view" data-testid="map" />;
}
