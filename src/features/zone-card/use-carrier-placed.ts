import { useEffect, useState } from 'react';
import type { Carrier } from '../../data/catalog-schema';
import { carrierPlaces } from '../../map/carrier-places';
import { useAppStore } from '../../state/store';

/**
 * Whether a carrier of a zone of `planId` has a place on the map: its plan's detail says (`coord`). The links
 * across plans leave places out, so when that detail could not be read the map's carriers file is asked
 * instead, and until it answers nothing is said (undefined), rather than every carrier called unplaced.
 */
export function useCarrierPlaced(planId: string): (carrier: Carrier) => boolean | undefined {
  const detailFailed = useAppStore((s) => s.planDetails[planId]?.status === 'error');
  const [places, setPlaces] = useState<ReadonlyMap<string, unknown>>();
  useEffect(() => {
    if (!detailFailed) return;
    let live = true;
    carrierPlaces().then(
      (found) => live && setPlaces(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [detailFailed]);
  if (!detailFailed) return (carrier) => carrier.coord !== undefined;
  return (carrier) => (places ? places.has(carrier.id) : undefined);
}
