import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Catalog, ZoneKind } from '../../src/data/catalog-schema.ts';

/** The committed base layers under public/geojson/base/, as the plan geometry builders receive them. */
export interface BaseGeography {
  districts: FeatureCollection<Polygon | MultiPolygon, { id: string; name_zh: string; name_en: string; kind: string }>;
  water: FeatureCollection<Polygon | MultiPolygon, { id: string; name_zh: string; name_en: string; kind: string }>;
  rivers: FeatureCollection<LineString | MultiLineString, { id: string; name_zh: string; name_en: string }>;
}

/** What a plan layer carries: only what the map style needs; everything else is joined from the catalog. */
export interface ZoneFeatureProperties {
  id: string;
  kind: ZoneKind;
  label: string;
  schematic: boolean;
  /** Where the zone's map label goes, when the shape's own pole would crowd the base map's labels; not written out. */
  labelAt?: Position;
}

export type ZoneGeometry = Polygon | MultiPolygon | LineString | MultiLineString | Point;
export type ZoneFeature = Feature<ZoneGeometry, ZoneFeatureProperties>;

/** Each data/geometry/<planId>.ts default-exports one of these. */
export type PlanGeometryBuilder = (base: BaseGeography, catalog: Catalog) => ZoneFeature[];
