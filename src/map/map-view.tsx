import { useEffect, useRef } from 'react';
import { usePlanMap } from './plan-map-context';

/** Where the map is drawn: the PlanMap of the app's context is mounted here and destroyed on unmount. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const planMap = usePlanMap();

  useEffect(() => {
    if (!containerRef.current || !planMap) return;
    planMap.mount(containerRef.current);
    return () => planMap.destroy();
  }, [planMap]);

  return <div ref={containerRef} className="map-view" data-testid="map" />;
}
