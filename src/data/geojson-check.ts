import './zod-without-eval';
import * as z from 'zod/mini';
import { schemaProblems } from './fetch-data-file';

/**
 * The shape every GeoJSON file of the app must have (RFC 7946, WGS 84), checked when the map has loaded
 * it: a file that parses as JSON can still be no FeatureCollection, or carry coordinates that are not
 * numbers or lie outside the world, which MapLibre draws as nothing, or as nonsense, without a word.
 */
const position = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))], z.number());
const line = z.array(position).check(z.minLength(2));
const ring = z.array(position).check(z.minLength(4));

const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position) }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).check(z.minLength(1))) }),
]);

const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.nullable(geometry),
      properties: z.nullable(z.record(z.string(), z.unknown())),
    }),
  ),
});

/**
 * What is wrong with a GeoJSON file, each problem naming its field (`features.3.geometry.coordinates.0`);
 * with `ids`, also every feature whose `properties.id` is not one of them (a shape of no zone the catalog has).
 */
export function geojsonProblems(json: unknown, ids?: ReadonlySet<string>, limit = 3): string[] {
  const parsed = featureCollection.safeParse(json);
  if (!parsed.success) return schemaProblems(parsed.error, limit);
  if (!ids) return [];
  return parsed.data.features
    .flatMap((feature, i) => {
      const id = feature.properties?.id;
      return typeof id === 'string' && ids.has(id) ? [] : [`features.${i}.properties.id: ${JSON.stringify(id)} is not in the catalog`];
    })
    .slice(0, limit);
}
