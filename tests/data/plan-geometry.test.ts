import { existsSync, readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, intersect, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Catalog } from '../../src/data/catalog-schema';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const catalog = readJson<Catalog>('public/data/catalog.json');
const districts = readJson<FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>>(
  'public/geojson/base/districts.geojson',
);
const planLayer = (planId: string) => readJson<FeatureCollection>(`public/geojson/${planId}.geojson`);
const km2 = (feature: Feature<Polygon | MultiPolygon>) => area(feature) / 1e6;
const isArea = (f: Feature): f is Feature<Polygon | MultiPolygon> =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
const districtNamed = (name: string) => districts.features.find((d) => d.properties.name_zh === name);

/** The administrative unit each district-level plan tiles with its functional zones. */
const tiledDistrict: Record<string, string> = { 吴中区: '吴中区', 苏州高新区: '虎丘区' };

describe.each(catalog.plans.map((plan) => [plan.id, plan] as const))('plan layer %s', (planId, plan) => {
  const zones = catalog.zones.filter((z) => z.planId === planId);

  it('exists and has exactly one feature per zone', () => {
    expect(existsSync(`public/geojson/${planId}.geojson`)).toBe(true);
    const ids = planLayer(planId).features.map((f) => f.properties?.id);
    expect(ids.sort()).toEqual(zones.map((z) => z.id).sort());
  });

  it('marks every shape schematic and gives it the zone kind', () => {
    for (const feature of planLayer(planId).features) {
      const zone = zones.find((z) => z.id === feature.properties?.id);
      expect(feature.properties).toMatchObject({ kind: zone?.kind, schematic: true });
    }
  });

  const districtName = tiledDistrict[plan.area.zh];
  it.runIf(Boolean(districtName))('tiles its district with its functional zones: no gaps, no overlaps', () => {
    const district = districtNamed(districtName!)!;
    const functional = new Set(zones.filter((z) => z.kind === 'area' && !z.parentId).map((z) => z.id));
    const tiles = planLayer(planId).features.filter((f) => functional.has(f.properties?.id)).filter(isArea);
    expect(tiles.length).toBe(functional.size);
    const total = km2(district);
    const sum = tiles.reduce((acc, t) => acc + km2(t), 0);
    expect(Math.abs(sum - total), 'zone areas add up to the district').toBeLessThan(total * 0.002);
    const merged = union(featureCollection(tiles))!;
    expect(Math.abs(km2(merged) - total)).toBeLessThan(total * 0.002);
    for (let i = 0; i < tiles.length; i++) {
      for (let j = i + 1; j < tiles.length; j++) {
        const overlap = intersect(featureCollection([tiles[i]!, tiles[j]!]));
        expect(overlap ? km2(overlap) : 0).toBeLessThan(0.05);
      }
    }
  });

  it('draws parks inside their parent zone and as large as the document says (±30 %)', () => {
    const features = new Map(planLayer(planId).features.map((f) => [f.properties?.id, f]));
    for (const park of zones.filter((z) => z.parentId)) {
      const shape = features.get(park.id);
      const parent = features.get(park.parentId);
      if (!shape || !parent || !isArea(parent)) continue;
      if (isArea(shape)) {
        const inside = intersect(featureCollection([shape, parent]));
        const outside = km2(shape) - (inside ? km2(inside) : 0);
        expect(outside, `${park.id} outside ${park.parentId}`).toBeLessThan(km2(shape) * 0.02);
        // Only a park whose extent the document states is drawn as an area, and then at that size.
        expect(park.areaKm2, `${park.id} is drawn as an area but has no stated areaKm2`).toBeDefined();
        expect(Math.abs(km2(shape) - park.areaKm2!) / park.areaKm2!, `${park.id} area`).toBeLessThanOrEqual(0.3);
      } else if (shape.geometry.type === 'Point') {
        expect(booleanPointInPolygon(shape.geometry.coordinates, parent), `${park.id} in ${park.parentId}`).toBe(true);
      }
    }
  });
});

describe('corridors shared by plans', () => {
  const axis = (planId: string, zoneId: string) => planLayer(planId).features.find((f) => f.properties?.id === zoneId)!.geometry;

  it.each([
    ['沪宁', 'szi-huning-axis', 'sz-axis-huning'],
    ['通苏嘉', 'szi-tongsujia-axis', 'sz-axis-tongsujia'],
  ])('the 2016 and 2021 %s axes are one line, inside Suzhou at both ends', (_, industryAxis, servicesAxis) => {
    const industry = axis('sz-industry-2016', industryAxis);
    expect(industry).toEqual(axis('sz-services-2021', servicesAxis));
    const lines = industry.type === 'MultiLineString' ? industry.coordinates : industry.type === 'LineString' ? [industry.coordinates] : [];
    expect(lines.length).toBeGreaterThan(0);
    const suzhou = union(featureCollection(districts.features))!;
    for (const end of lines.flatMap((line) => [line[0]!, line.at(-1)!])) expect(booleanPointInPolygon(end, suzhou), `${end}`).toBe(true);
  });
});

describe('carriers', () => {
  it('lie inside the district they name', () => {
    const misplaced = catalog.carriers
      .filter((c) => c.coord && c.district)
      .filter((c) => {
        const district = districtNamed(c.district!);
        return !district || !booleanPointInPolygon(c.coord!, district);
      })
      .map((c) => `${c.id} (${c.district})`);
    expect(misplaced).toEqual([]);
  });

  /** Carrier → zone ties whose point cannot lie in the zone, and why. */
  const outsideByNature: Record<string, string> = {
    'snd-dayangshan-forest-park → snd-tech-ecology':
      'the hill stands where the 先进制造 and 科技生态 zones meet and is tied to both; one point lies on one side',
  };

  it('lie inside every polygon zone they are tied to (or the exception says why)', () => {
    const shapes = new Map(catalog.plans.flatMap((plan) => planLayer(plan.id).features.map((f) => [f.properties?.id, f] as const)));
    const outside = catalog.carriers
      .filter((c) => c.coord)
      .flatMap((c) => c.zoneIds.map((zoneId) => ({ carrier: c, shape: shapes.get(zoneId), tie: `${c.id} → ${zoneId}` })))
      .filter(({ shape }) => shape && isArea(shape))
      .filter(({ carrier, shape }) => !booleanPointInPolygon(carrier.coord!, shape as Feature<Polygon | MultiPolygon>))
      .map(({ tie }) => tie);
    expect(outside.sort()).toEqual(Object.keys(outsideByNature).sort());
  });

  it('with a location appear in carriers.geojson once per plan of their zones, stamped with that plan', () => {
    const layer = readJson<FeatureCollection>('public/geojson/carriers.geojson');
    const planOf = new Map(catalog.zones.map((zone) => [zone.id, zone.planId]));
    expect(layer.features.map((f) => `${f.properties?.id} ${f.properties?.planId ?? '-'}`).sort()).toEqual(
      catalog.carriers
        .filter((c) => c.coord)
        .flatMap((c) => (c.zoneIds.length ? [...new Set(c.zoneIds.map((id) => planOf.get(id)))] : ['-']).map((planId) => `${c.id} ${planId}`))
        .sort(),
    );
  });
});
