import { readFileSync } from 'node:fs';
import { area, bbox } from '@turf/turf';
import { join } from 'node:path';
import { readRecipes } from '../geometry/recipe-file.ts';
import { drawPlans } from '../geometry/run-recipes.ts';
import type { BaseGeography, ZoneFeature } from '../geometry/types.ts';
import { carrierPoints } from './carrier-points.ts';
import { labelPoint } from './label-points.ts';
import { repoDir } from './read-authored.ts';
import { roundCoordinates } from './round-coordinates.ts';
import { isMain, publicDir, readBuiltCatalog, runScript, writeBuilt } from './script-io.ts';


const areaKm2 = (feature: Parameters<typeof area>[0]) => area(feature) / 1e6;
const collection = (features: unknown[]) => `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
const labelFeature = (geometry: Parameters<typeof labelPoint>[0], properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: roundCoordinates(labelPoint(geometry)) },
});

/**
 * Runs each plan's shape recipe (data/plans/shapes/<planId>.yaml) for the catalog built in `outDir` and writes
 * geojson/<planId>.geojson, then geojson/carriers.geojson from the carriers' coordinates (a point per plan), and the label points
 * of zones (zone-labels.geojson) and of the base map (base/labels.geojson), all below `outDir`. The base
 * geography is read from the committed public/geojson/base (its own build is `npm run data:base`).
 */
export async function buildGeometry(outDir = publicDir): Promise<string[]> {
  const readBase = (name: string) => JSON.parse(readFileSync(join(publicDir, 'geojson/base', name), 'utf8'));
  const catalog = readBuiltCatalog(outDir);
  const base: BaseGeography = {
    districts: readBase('districts.geojson'),
    water: readBase('water.geojson'),
    rivers: readBase('rivers.geojson'),
  };
  const log: string[] = [];

  const zoneLabels: unknown[] = [];
  const plans = drawPlans(readRecipes(join(repoDir, 'data/plans/shapes'), repoDir), base, catalog);
  for (const plan of catalog.plans) {
    const built = plans.draw(plan.id);
    const features: ZoneFeature[] = built.map(({ properties: { labelAt: _, ...properties }, geometry }) => ({
      type: 'Feature',
      properties,
      geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as ZoneFeature['geometry'],
    }));
    writeBuilt(outDir, `geojson/${plan.id}.geojson`, collection(features));
    features.forEach((f, i) => {
      const extent = roundCoordinates(bbox(f));
      const at = built[i]!.properties.labelAt;
      // A zone drawn as a dot is named beside it, not on top of it (the style reads `dot`).
      const dot = f.geometry.type === 'Point' ? { dot: true } : {};
      const { id, kind, label, label_en } = f.properties;
      const properties = { id, planId: plan.id, kind, label, label_en, bbox: extent, ...dot };
      zoneLabels.push(labelFeature(at ? { type: 'Point', coordinates: at } : f.geometry, properties));
    });
    log.push(`${plan.id}: ${features.length} features`);
  }

  const carriers = carrierPoints(catalog);
  writeBuilt(outDir, 'geojson/carriers.geojson', collection(carriers));
  log.push(`carriers: ${carriers.length} points`);

  writeBuilt(outDir, 'geojson/zone-labels.geojson', collection(zoneLabels));
  log.push(`zone labels: ${zoneLabels.length} points`);

  const baseLabels = [
    ...base.districts.features.map((f) =>
      labelFeature(f.geometry, { id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: f.properties.kind }),
    ),
    ...base.water.features
      .filter((f) => f.properties.kind === 'lake' && areaKm2(f) > 8)
      .map((f) => labelFeature(f.geometry, { id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: 'water' })),
  ];
  writeBuilt(outDir, 'geojson/base/labels.geojson', collection(baseLabels));
  log.push(`base labels: ${baseLabels.length} points`);
  return log;
}

// `npm run data:geometry`, after data:build
if (isMain(import.meta.url)) runScript(async () => console.log((await buildGeometry()).join('\n')));
