// @vitest-environment node
// Checks the committed base geography (public/geojson/base/*.geojson), built by `npm run data:base`.
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { readHandDrawn } from '../../data/base/hand-drawn-schema';
import { area, booleanClockwise, booleanPointInPolygon, featureCollection, intersect, kinks } from '@turf/turf';

// BASE_GEOJSON_DIR lets the checks be pointed at a deliberately broken copy (to see them fail).
const DIR = process.env.BASE_GEOJSON_DIR ?? path.resolve(__dirname, '../../public/geojson/base');
const FILES = ['districts.geojson', 'context.geojson', 'water.geojson', 'rivers.geojson'];
const EXTENT = { west: 119.9, south: 30.75, east: 121.4, north: 32.05 };
const MAX_TOTAL_BYTES = 400 * 1024;

type PolyFeature = Feature<Polygon | MultiPolygon>;

function load(name: string): FeatureCollection {
  return JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as FeatureCollection;
}
const km2 = (f: Feature) => area(f) / 1e6;
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const isPoly = (f: Feature): f is PolyFeature => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}
const decimals = (v: number) => {
  const s = String(v);
  return s.includes('e') ? 99 : (s.split('.')[1] ?? '').length;
};

// Checks shared by the tests below (and exercised on deliberately broken input).
function ringProblems(f: PolyFeature): string[] {
  const out: string[] = [];
  polygonsOf(f.geometry).forEach((rings, pi) =>
    rings.forEach((ring, ri) => {
      const where = `${f.properties?.id} polygon ${pi} ring ${ri}`;
      if (ring.length < 4) out.push(`${where}: ${ring.length} positions`);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) out.push(`${where}: not closed`);
      const cw = booleanClockwise(ring);
      if (ri === 0 && cw) out.push(`${where}: outer ring is clockwise`);
      if (ri > 0 && !cw) out.push(`${where}: hole is counter-clockwise`);
    }),
  );
  return out;
}
function coordProblems(f: Feature): string[] {
  const out: string[] = [];
  for (const [x, y] of positions(f.geometry)) {
    if (!(x >= EXTENT.west && x <= EXTENT.east && y >= EXTENT.south && y <= EXTENT.north))
      out.push(`${f.properties?.id}: [${x}, ${y}] outside the Suzhou extent`);
    if (decimals(x) > 6 || decimals(y) > 6) out.push(`${f.properties?.id}: [${x}, ${y}] has more than 6 decimals`);
  }
  return out;
}

const collections = Object.fromEntries(FILES.map((f) => [f, load(f)])) as Record<string, FeatureCollection>;
const districts = collections['districts.geojson'].features as PolyFeature[];
const water = collections['water.geojson'].features as PolyFeature[];
const byId = (fs: Feature[], id: string) => {
  const f = fs.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

describe.each(FILES)('%s', (file) => {
  const fc = collections[file];

  it('is a FeatureCollection of features with an id and a geometry', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry).toBeTruthy();
      expect(typeof f.properties?.id).toBe('string');
      ids.add(f.properties!.id as string);
    }
    expect(ids.size).toBe(fc.features.length);
  });

  it('has closed rings of ≥ 4 positions, counter-clockwise outer rings and clockwise holes', () => {
    expect(fc.features.filter(isPoly).flatMap(ringProblems)).toEqual([]);
  });

  it('has no self-intersections', () => {
    const bad = fc.features
      .filter((f) => f.geometry.type !== 'Point')
      .filter((f) => kinks(f as Feature<Polygon>).features.length > 0)
      .map((f) => f.properties?.id);
    expect(bad).toEqual([]);
  });

  it('stays inside the Suzhou extent with at most 6 decimals', () => {
    expect(fc.features.flatMap(coordProblems)).toEqual([]);
  });
});

describe('the checks can fail', () => {
  const square = (ring: Position[]): PolyFeature => ({
    type: 'Feature',
    properties: { id: 'probe' },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  it('flags a clockwise outer ring, an open ring and a short ring', () => {
    const cw = [[120, 31], [120, 31.1], [120.1, 31.1], [120.1, 31], [120, 31]];
    expect(ringProblems(square(cw))).toHaveLength(1);
    expect(ringProblems(square([[120, 31], [120.1, 31], [120.1, 31.1], [120, 31.1]])).join()).toMatch(/not closed/);
    expect(ringProblems(square([[120, 31], [120.1, 31], [120, 31]])).join()).toMatch(/3 positions/);
  });
  it('flags a bow-tie, far-away coordinates and long decimals', () => {
    expect(kinks(square([[120, 31], [120.1, 31.1], [120.1, 31], [120, 31.1], [120, 31]])).features.length).toBeGreaterThan(0);
    expect(coordProblems(square([[0, 0], [1, 0], [1, 1], [0, 0]]))).toHaveLength(4);
    expect(coordProblems(square([[120.1234567, 31], [120.1, 31], [120.1, 31.1], [120.1234567, 31]]))).toHaveLength(2);
  });
});

describe('districts', () => {
  const OFFICIAL: Record<string, number> = {
    wuzhong: 2231,
    wujiang: 1176,
    xiangcheng: 490,
    gusu: 83,
    sip: 278,
    huqiu: 332,
    kunshan: 931,
    taicang: 810,
    changshu: 1276,
    zhangjiagang: 999,
  };

  it('has the 9 county-level units plus 苏州工业园区, with their properties', () => {
    expect(districts.map((f) => f.properties!.id).sort()).toEqual(Object.keys(OFFICIAL).sort());
    for (const f of districts) {
      const p = f.properties!;
      expect(p.name_zh).toMatch(/^\p{Script=Han}+$/u);
      expect(p.name_en).toMatch(/^[A-Z]/);
      expect(['district', 'county-city', 'development-zone']).toContain(p.kind);
    }
    expect(byId(districts, 'sip').properties).toMatchObject({
      name_zh: '苏州工业园区',
      kind: 'development-zone',
      approximate: true,
    });
    expect(byId(districts, 'gusu').properties).toMatchObject({ name_zh: '姑苏区', approximate: true });
  });

  const cases = Object.entries(OFFICIAL).map(([id, official]) => ({ id, official }));
  it.each(cases)('$id is within ±20 % of its official area ($official km²)', ({ id, official }) => {
    const measured = km2(byId(districts, id));
    expect(Math.abs(measured - official) / official).toBeLessThanOrEqual(0.2);
  });

  it('adds up to 苏州市 (8,657 km²) within ±20 %', () => {
    const total = districts.reduce((a, f) => a + km2(f), 0);
    expect(Math.abs(total - 8657) / 8657).toBeLessThanOrEqual(0.2);
  });

  it('puts 姑苏区 on the old city and 苏州工业园区 east of it, around 金鸡湖 and 独墅湖', () => {
    const inside = (id: string, p: Position) => booleanPointInPolygon(p, byId(districts, id) as PolyFeature);
    expect(inside('gusu', [120.62, 31.31])).toBe(true); // 观前街, old city
    expect(inside('sip', [120.62, 31.31])).toBe(false);
    expect(inside('sip', [120.69, 31.315])).toBe(true); // 金鸡湖
    expect(inside('sip', [120.735, 31.26])).toBe(true); // 独墅湖
    expect(inside('gusu', [120.69, 31.315])).toBe(false);
  });

  it('do not overlap each other (pairwise intersection < 1 km²)', () => {
    const overlaps: string[] = [];
    for (let i = 0; i < districts.length; i++)
      for (let j = i + 1; j < districts.length; j++) {
        const x = intersect(featureCollection([districts[i], districts[j]]));
        if (x && km2(x) >= 1) overlaps.push(`${districts[i].properties!.id}/${districts[j].properties!.id}: ${km2(x).toFixed(2)} km²`);
      }
    expect(overlaps).toEqual([]);
  });
});

describe('context', () => {
  const ctx = collections['context.geojson'].features;
  it('has muted neighbour labels outside Suzhou and a mask with Suzhou as its hole', () => {
    const points = ctx.filter((f) => f.geometry.type === 'Point');
    const names = points.map((f) => f.properties!.name_zh);
    for (const n of ['无锡', '上海', '嘉兴', '湖州', '南通']) expect(names).toContain(n);
    for (const p of points)
      for (const d of districts)
        expect(booleanPointInPolygon(p as Feature<never>, d), `${p.properties!.id} in ${d.properties!.id}`).toBe(false);
    const mask = ctx.find((f) => f.properties?.kind === 'mask') as PolyFeature | undefined;
    expect(mask).toBeTruthy();
    const total = districts.reduce((a, f) => a + km2(f), 0);
    const windowArea = km2({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[119.9, 30.75], [121.4, 30.75], [121.4, 32.05], [119.9, 32.05], [119.9, 30.75]]] },
    });
    expect(Math.abs(km2(mask!) - (windowArea - total))).toBeLessThan(5);
  });
});

describe('water', () => {
  it('names its water bodies and marks hand-drawn ones approximate', () => {
    const ids = water.map((f) => f.properties!.id);
    for (const id of ['taihu', 'yangtze', 'yangcheng', 'cheng', 'dianshan', 'kuncheng', 'dushu', 'jinji', 'cao', 'yuandang'])
      expect(ids).toContain(id);
    for (const f of water) {
      expect(['lake', 'river']).toContain(f.properties!.kind);
      expect(f.properties!.name_zh).toBeTruthy();
      expect(f.properties!.name_en).toBeTruthy();
    }
    expect(byId(water, 'jinji').properties!.approximate).toBe(true);
    expect(byId(water, 'dushu').properties!.approximate).toBe(true);
  });

  it('has Taihu (GSHHG, clipped at 119.9° E) within ±20 % of ~2,340 km², with 西山 as an island', () => {
    const taihu = byId(water, 'taihu') as PolyFeature;
    expect(Math.abs(km2(taihu) - 2340) / 2340).toBeLessThanOrEqual(0.2);
    expect(booleanPointInPolygon([120.27, 31.1], taihu)).toBe(false); // 西山 (金庭)
    expect(booleanPointInPolygon([120.2, 31.2], taihu)).toBe(true);
  });

  it('has the Yangtze north of Zhangjiagang and Changshu', () => {
    const yangtze = byId(water, 'yangtze') as PolyFeature;
    expect(booleanPointInPolygon([120.9, 31.85], yangtze)).toBe(true);
    expect(booleanPointInPolygon([120.6, 31.85], yangtze)).toBe(false); // 张家港 land
  });
});

describe('rivers', () => {
  it('has the Grand Canal, 吴淞江 and 太浦河 as lines', () => {
    const rivers = collections['rivers.geojson'].features;
    for (const id of ['grand-canal', 'wusong', 'taipu']) {
      const f = byId(rivers, id);
      expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
      expect(f.properties!.name_zh).toBeTruthy();
      expect(f.properties!.name_en).toBeTruthy();
    }
  });
});

it('keeps all base layers together within 400 KB', () => {
  const total = fs.readdirSync(DIR).reduce((a, f) => a + fs.statSync(path.join(DIR, f)).size, 0);
  expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
});

describe('hand-drawn features (data/base/hand-drawn.yaml)', () => {
  const handDrawn = readHandDrawn();

  it('are the context labels of the base map, at their coordinates', () => {
    const points = load('context.geojson').features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => ({ ...f.properties, coord: (f.geometry as Point).coordinates }))).toEqual(handDrawn.contextPoints);
  });

  it('are the lakes GSHHG lacks, marked approximate', () => {
    const water = load('water.geojson').features;
    for (const lake of handDrawn.lakes) {
      expect(water.find((f) => f.properties?.id === lake.id)?.properties, lake.id).toMatchObject({ name_zh: lake.name_zh, approximate: true });
    }
  });
});
