import { readFileSync, writeFileSync } from 'node:fs';
import { area, bbox } from '@turf/turf';
import { join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { RecipeError, readRecipes } from '../geometry/recipe-file.ts';
import { drawPlans } from '../geometry/run-recipes.ts';
import type { BaseGeography, ZoneFeature } from '../geometry/types.ts';
import { labelPoint } from './label-points.ts';
import { repoDir } from './read-authored.ts';

/**
 * `npm run data:geometry`: runs each plan's shape recipe (data/plans/shapes/<planId>.yaml) and writes
 * public/geojson/<planId>.geojson, then public/geojson/carriers.geojson from the carriers' coordinates, and
 * the label points of zones (zone-labels.geojson) and of the base map (base/labels.geojson).
 */
const readJson = (path: string) => JSON.parse(readFileSync(join(repoDir, path), 'utf8'));

/** RFC 7946 asks for no more precision than is meaningful: 6 decimals is ~0.1 m. */
export function roundCoordinates<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1e6) / 1e6) as T;
  if (Array.isArray(value)) return value.map(roundCoordinates) as T;
  return value;
}

const areaKm2 = (feature: Parameters<typeof area>[0]) => area(feature) / 1e6;
const collection = (features: unknown[]) => `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;

const catalog: Catalog = readJson('public/data/catalog.json');
const base: BaseGeography = {
  districts: readJson('public/geojson/base/districts.geojson'),
  water: readJson('public/geojson/base/water.geojson'),
  rivers: readJson('public/geojson/base/rivers.geojson'),
};

const zoneLabels: unknown[] = [];
const labelFeature = (geometry: Parameters<typeof labelPoint>[0], properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: roundCoordinates(labelPoint(geometry)) },
});

const plans = drawPlans(readRecipes(join(repoDir, 'data/plans/shapes'), repoDir), base, catalog);
for (const plan of catalog.plans) {
  let built: ZoneFeature[];
  try {
    built = plans.draw(plan.id);
  } catch (error) {
    if (!(error instanceof RecipeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const features: ZoneFeature[] = built.map(({ properties: { labelAt: _, ...properties }, geometry }) => ({
    type: 'Feature',
    properties,
    geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as ZoneFeature['geometry'],
  }));
  writeFileSync(join(repoDir, 'public/geojson', `${plan.id}.geojson`), collection(features));
  features.forEach((f, i) => {
    const extent = roundCoordinates(bbox(f));
    const at = built[i]!.properties.labelAt;
    // A zone drawn as a dot is named beside it, not on top of it (the style reads `dot`).
    const dot = f.geometry.type === 'Point' ? { dot: true } : {};
    const properties = { id: f.properties.id, planId: plan.id, kind: f.properties.kind, bbox: extent, ...dot };
    zoneLabels.push(labelFeature(at ? { type: 'Point', coordinates: at } : f.geometry, properties));
  });
  console.log(`${plan.id}: ${features.length} features`);
}

const carrierPoints = catalog.carriers
  .filter((c) => c.coord)
  .map((c) => ({
    type: 'Feature',
    properties: { id: c.id, kind: c.kind, label: c.name.zh, precision: c.precision },
    geometry: { type: 'Point', coordinates: roundCoordinates(c.coord) },
  }));
writeFileSync(join(repoDir, 'public/geojson/carriers.geojson'), collection(carrierPoints));
console.log(`carriers: ${carrierPoints.length} points`);

writeFileSync(join(repoDir, 'public/geojson/zone-labels.geojson'), collection(zoneLabels));
console.log(`zone labels: ${zoneLabels.length} points`);

const baseLabels = [
  ...base.districts.features.map((f) =>
    labelFeature(f.geometry, { id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: f.properties.kind }),
  ),
  ...base.water.features
    .filter((f) => f.properties.kind === 'lake' && areaKm2(f) > 8)
    .map((f) => labelFeature(f.geometry, { id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: 'water' })),
];
writeFileSync(join(repoDir, 'public/geojson/base/labels.geojson'), collection(baseLabels));
console.log(`base labels: ${baseLabels.length} points`);
