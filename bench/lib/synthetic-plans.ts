import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Carrier, Catalog, Plan, Ref, Zone } from '../../src/data/catalog-schema';
import { parseCatalog } from '../../src/data/load-catalog';
import { buildSearchIndex } from '../../src/data/search-keys';
import { carrierPoints } from '../../data/scripts/carrier-points';
import { catalogFilesOf } from '../../data/scripts/catalog-files';

/** The size of the synthetic data set: plans in all (the real ones among them), zones per plan, carriers per zone. */
export const scaleShape = { plans: 40, zonesPerPlan: 30, carriersPerZone: 20 } as const;

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
const collection = (features: Feature[]) => ({ type: 'FeatureCollection', features });

/** A seeded generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const round = (n: number) => Number(n.toFixed(5));

/** A hexagon of `radius` degrees around a centre, counter-clockwise and closed (RFC 7946). */
function hexagon([lng, lat]: [number, number], radius: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i <= 6; i++) {
    const angle = ((i % 6) / 6) * 2 * Math.PI;
    ring.push([round(lng + radius * Math.cos(angle)), round(lat + radius * 0.86 * Math.sin(angle))]);
  }
  return ring;
}

/**
 * Writes into `dir` a copy of the built app whose data has 40 plans: the real four, unchanged, and synthetic ones
 * in the real shape (district plans of the 十五五 period, zones drawn as hexagons spread over Suzhou, each with
 * three real industries, one of them a finance industry in every plan's first zone, twenty carriers, half of them
 * located, and references into a real document). catalog.json, its first-view index, its links, each plan's
 * detail file and the search keys are made by the app's own code, so the app reads them as it reads the real ones.
 */
export function writeScaleApp(appDir: string, dir: string): { catalog: Catalog; syntheticPlanIds: string[] } {
  rmSync(dir, { recursive: true, force: true });
  cpSync(appDir, dir, { recursive: true });
  // No service worker: it would precache the real data set under the same origin.
  rmSync(`${dir}/sw.js`, { force: true });
  const real = parseCatalog('data/catalog.json', JSON.parse(readFileSync(`${appDir}/data/catalog.json`, 'utf8')));
  const next = random(12);
  const source = real.sources[0]!.id;
  const ref = (from: number): Ref => ({ source, lines: [from, from + 2], basis: 'stated' });
  const industries = real.industries.map((i) => i.id);
  const finance = real.industries.filter((i) => i.familyId === 'finance').map((i) => i.id);
  const labels = JSON.parse(readFileSync(`${appDir}/geojson/zone-labels.geojson`, 'utf8'));

  const plans: Plan[] = [];
  const zones: Zone[] = [];
  const carriers: Carrier[] = [];
  const syntheticPlanIds: string[] = [];
  for (let p = 0; p < scaleShape.plans - real.plans.length; p++) {
    const planId = `syn-${String(p + 1).padStart(2, '0')}`;
    syntheticPlanIds.push(planId);
    plans.push({
      id: planId,
      name: { zh: `合成规划${p + 1}`, en: `Synthetic plan ${p + 1}` },
      pattern: { zh: '多片区', en: 'Many zones' },
      level: 'district',
      area: { zh: '苏州市', en: 'Suzhou' },
      period: { zh: '“十五五” 2026–2030', en: '15th Five-Year Plan 2026–2030' },
      source,
      refs: [ref(1)],
    });
    const features: Feature[] = [];
    for (let z = 0; z < scaleShape.zonesPerPlan; z++) {
      const zoneId = `${planId}-z${z + 1}`;
      const zoneName = { zh: `合成${p + 1}区${z + 1}`, en: `Synthetic ${p + 1} zone ${z + 1}` };
      const centre: [number, number] = [round(120.1 + next() * 1.0), round(30.95 + next() * 0.95)];
      const zoneIndustries = [...new Set([z === 0 ? finance[p % finance.length]! : industries[Math.floor(next() * industries.length)]!, industries[Math.floor(next() * industries.length)]!, industries[Math.floor(next() * industries.length)]!])];
      const carrierIds: string[] = [];
      for (let c = 0; c < scaleShape.carriersPerZone; c++) {
        const id = `${zoneId}-c${c + 1}`;
        const carrierName = { zh: `合成载体${p + 1}-${z + 1}-${c + 1}`, en: `Synthetic carrier ${p + 1}-${z + 1}-${c + 1}` };
        carrierIds.push(id);
        const located = c % 2 === 0;
        const coord: [number, number] = [round(centre[0] + (next() - 0.5) * 0.02), round(centre[1] + (next() - 0.5) * 0.02)];
        carriers.push({
          id,
          name: carrierName,
          kind: 'park',
          ...(located ? { coord, precision: 'approx' as const } : {}),
          zoneIds: [zoneId],
          industryIds: [zoneIndustries[c % zoneIndustries.length]!],
          refs: [ref(10 + c)],
        });
      }
      zones.push({
        id: zoneId,
        planId,
        kind: 'area',
        name: zoneName,
        districts: ['姑苏区'],
        industryIds: zoneIndustries,
        carrierIds,
        targetIds: [],
        refs: [ref(20 + z)],
      });
      const radius = 0.01 + next() * 0.02;
      const ring = hexagon(centre, radius);
      features.push({ type: 'Feature', properties: { id: zoneId, kind: 'area', label: zoneName.zh, label_en: zoneName.en, schematic: true }, geometry: { type: 'Polygon', coordinates: [ring] } });
      labels.features.push({
        type: 'Feature',
        properties: { id: zoneId, planId, kind: 'area', label: zoneName.zh, label_en: zoneName.en, bbox: [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius].map(round) },
        geometry: { type: 'Point', coordinates: centre },
      });
    }
    writeFileSync(`${dir}/geojson/${planId}.geojson`, JSON.stringify(collection(features)));
  }
  const catalog: Catalog = { ...real, plans: [...real.plans, ...plans], zones: [...real.zones, ...zones], carriers: [...real.carriers, ...carriers] };
  // The app's own check, so the data set is one the app accepts.
  parseCatalog('data/catalog.json', catalog);
  mkdirSync(`${dir}/data`, { recursive: true });
  writeFileSync(`${dir}/data/catalog.json`, JSON.stringify(catalog));
  // The index, the links and each plan's detail file, written by the data build's own code.
  for (const [file, text] of catalogFilesOf(catalog)) {
    mkdirSync(dirname(`${dir}/${file}`), { recursive: true });
    writeFileSync(`${dir}/${file}`, text);
  }
  writeFileSync(`${dir}/data/search-index.json`, JSON.stringify(buildSearchIndex(catalog)));
  writeFileSync(`${dir}/geojson/zone-labels.geojson`, JSON.stringify(labels));
  // Every carrier's point, the real ones' as the data build writes them.
  writeFileSync(`${dir}/geojson/carriers.geojson`, JSON.stringify(collection(carrierPoints(catalog))));
  return { catalog, syntheticPlanIds };
}
