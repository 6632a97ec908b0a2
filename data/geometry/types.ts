import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Catalog, ZoneKind } from '../../src/data/catalog-schema.ts';

/** The committed base layers under public/geojson/base/, as the recipes receive them. */
export interface BaseGeography {
  districts: FeatureCollection<Polygon | MultiPolygon, { id: string; name_zh: string; name_en: string; kind: string }>;
  water: FeatureCollection<Polygon | MultiPolygon, { id: string; name_zh: string; name_en: string; kind: string }>;
  rivers: FeatureCollection<LineString | MultiLineString, { id: string; name_zh: string; name_en: string }>;
}

/** What a plan layer carries: only what the map style needs; everything else is joined from the catalog. */
export interface ZoneFeatureProperties {
  id: string;
  kind: ZoneKind;
  /** The zone's name in Chinese and, where it has one, in English: the map's labels read them. */
  label: string;
  label_en?: string;
  schematic: boolean;
  /** Where the zone's map label goes, when the shape's own pole would crowd the base map's labels; not written out. */
  labelAt?: Position;
}

export type ZoneGeometry = Polygon | MultiPolygon | LineString | MultiLineString | Point;
export type ZoneFeature = Feature<ZoneGeometry, ZoneFeatureProperties>;

/** The value of a recipe step: one shape (a point, line or area, single or multi). */
export type Shape = Feature<Geometry>;
export type Area = Feature<Polygon | MultiPolygon>;

/** What an operation may look up besides its inputs. */
export interface RecipeContext {
  base: BaseGeography;
  catalog: Catalog;
  /** The folder of the recipe file, for the GeoJSON files it names. */
  folder: string;
  /** The shape of a zone of any plan (built on demand from that plan's recipe). */
  zone(zoneId: string): Shape;
}

/**
 * One recipe operation: how many inputs it takes, what its params are (a zod schema), and what it does.
 * `run` returns null for an empty result; the interpreter turns that into an error naming the step.
 */
export interface Operation<P = unknown> {
  /** What the operation does, for `plan:new` and the docs. */
  summary: string;
  inputs: { min: number; max: number };
  params: import('zod').ZodType<P>;
  run(inputs: Shape[], params: P, context: RecipeContext): Shape | null;
}
