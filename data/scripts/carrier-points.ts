import type { Catalog } from '../../src/data/catalog-schema.ts';
import { roundCoordinates } from './round-coordinates.ts';

export interface CarrierPoint {
  type: 'Feature';
  properties: { id: string; planId?: string; kind: string; industries: string; label: string; label_en?: string; precision?: string };
  geometry: { type: 'Point'; coordinates: [number, number] };
}

/**
 * The features of geojson/carriers.geojson: a point per located carrier and plan, stamped with the plan's id
 * and the carrier's industry ids (spaced), so that the map's carrier layers choose the plans shown by plan id,
 * as the zone layers do, and a lens's carriers by its industries, whatever the number of carriers. A carrier
 * tied to zones of two plans is two features of the same id (its feature state is shared); one in no zone is
 * one feature without a plan, drawn only when a lens brings it in.
 */
export function carrierPoints(catalog: Catalog): CarrierPoint[] {
  const planOf = new Map(catalog.zones.map((zone) => [zone.id, zone.planId]));
  return catalog.carriers.flatMap((carrier) => {
    if (!carrier.coord) return [];
    const planIds = [...new Set(carrier.zoneIds.flatMap((zoneId) => planOf.get(zoneId) ?? []))];
    const { id, kind, name, precision } = carrier;
    return (planIds.length ? planIds : [undefined]).map(
      (planId): CarrierPoint => ({
        type: 'Feature',
        properties: { id, ...(planId ? { planId } : {}), kind, industries: carrier.industryIds.join(' '), label: name.zh, ...(name.en ? { label_en: name.en } : {}), ...(precision ? { precision } : {}) },
        geometry: { type: 'Point', coordinates: roundCoordinates(carrier.coord!) },
      }),
    );
  });
}
