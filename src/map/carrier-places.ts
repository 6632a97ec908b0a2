import { pointFileLookup } from './point-file-lookup';

/**
 * Where each located carrier lies, from the carriers' map file (the one the map draws them from), so that a
 * carrier can be located and a lens framed before its plan's detail is in: the links across plans leave the
 * places out. A carrier of several plans has a point per plan, all in one place.
 */
export const carrierPlaces = pointFileLookup<{ id: string }, Map<string, [number, number]>>(
  'geojson/carriers.geojson',
  (carriers) => new Map(carriers.features.map((f) => [f.properties.id, [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!]])),
);
