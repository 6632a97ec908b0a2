import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneKind } from '../../src/data/catalog-schema.ts';
import { HUNING_AXIS, TONGSUJIA_CORRIDOR } from './corridors.ts';
import type { BaseGeography, PlanGeometryBuilder, ZoneFeature, ZoneGeometry } from './types.ts';

/**
 * 苏州市“十三五”工业发展规划 (2016): 两轴三带, the development zones of the key-field table, and the localities
 * named for priority industries. All shapes are schematic; data/README.md (“Plan geometry”) says how they
 * were chosen.
 * Hand-authored coordinates are WGS 84.
 */

type Area = Feature<Polygon | MultiPolygon>;

/** Development zones without a drawn extent: a point at the zone's administrative centre (approx). */
const DEV_ZONE_POINTS: Record<string, Position> = {
  'szi-kunshan-etdz': [121.02, 31.362], // 昆山经济技术开发区, east of the city centre
  'szi-wujiang-etdz': [120.69, 31.15], // 吴江经济技术开发区, east of 松陵 (运东)
  'szi-xiangcheng-edz': [120.65, 31.43], // 相城经济开发区, 澄阳
  'szi-changshu-etdz': [120.91, 31.755], // 常熟经济技术开发区, on the Yangtze at 常熟港
  'szi-zhangjiagang-edz': [120.58, 31.885], // 张家港经济开发区, east of 杨舍
  'szi-wuzhong-edz': [120.645, 31.225], // 吴中经济开发区, 城南/越溪/郭巷
  'szi-taicang-port-edz': [121.19, 31.6], // 太仓港经济开发区, 浮桥 on the Yangtze
};

/** Development zones whose extent is an administrative unit of the base map. */
const DEV_ZONE_DISTRICTS: Record<string, string> = {
  'szi-sip': 'sip', // 苏州工业园区 = its administrative area
  'szi-snd': 'huqiu', // 苏州高新区 = 虎丘区
};

/** Localities named for priority industries: their district polygon. */
const COUNTY_DISTRICTS: Record<string, string> = {
  'szi-kunshan': 'kunshan',
  'szi-zhangjiagang': 'zhangjiagang',
  'szi-changshu': 'changshu',
  'szi-taicang': 'taicang',
  'szi-wujiang': 'wujiang',
  'szi-xiangcheng': 'xiangcheng',
  'szi-wuzhong': 'wuzhong',
};

const BELT_KM = 4;
const SIMPLIFY = 0.0012; // degrees, ~120 m: the district file is quantised to ~100 m anyway

const fc = (features: Area[]) => turf.featureCollection<Polygon | MultiPolygon>(features);

/** Buffers a large water body: simplified first (~200 m), since turf's buffer is slow on detailed shores. */
const bufferKm = (area: Area, km: number) =>
  turf.buffer(turf.simplify(area, { tolerance: 0.002 }), km, { units: 'kilometers' }) as Area;

function unionAll(features: Area[]): Area {
  return features.length === 1 ? features[0] : (turf.union(fc(features)) as Area);
}

function minus(a: Area, b: Area | null): Area | null {
  return b ? (turf.difference(fc([a, b])) as Area | null) : a;
}

function clip(a: Area, b: Area): Area | null {
  return turf.intersect(fc([a, b])) as Area | null;
}

/** Drops slivers left by clipping (parts smaller than minKm2). */
function dropSlivers(area: Area, minKm2 = 1): Area {
  if (area.geometry.type === 'Polygon') return area;
  const parts = area.geometry.coordinates.filter((p) => turf.area(turf.polygon(p)) / 1e6 >= minKm2);
  return parts.length === 1 ? turf.polygon(parts[0]) : turf.multiPolygon(parts);
}

function tidy(area: Area): Area {
  const simple = turf.simplify(area, { tolerance: SIMPLIFY, highQuality: true });
  return turf.rewind(dropSlivers(simple), { reverse: false }) as Area; // RFC 7946: counter-clockwise outer rings
}

/** The longest run of consecutive ring vertices that satisfy `keep` (the ring is treated as circular). */
function longestRun(ring: Position[], keep: (p: Position) => boolean): Position[] {
  const n = ring.length - 1; // closed ring
  const flags = ring.slice(0, n).map(keep);
  const start = flags.indexOf(false);
  if (start < 0) return ring;
  let best: Position[] = [];
  let run: Position[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (flags[i]) run.push(ring[i]);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  return run.length > best.length ? run : best;
}

const build: PlanGeometryBuilder = (base: BaseGeography) => {
  const district = (id: string): Area => {
    const f = base.districts.features.find((d) => d.properties.id === id);
    if (!f) throw new Error(`sz-industry-2016: district ${id} missing from districts.geojson`);
    return f as Area;
  };
  const waterById = (id: string): Area | undefined => base.water.features.find((w) => w.properties.id === id) as Area;
  const taihu = waterById('taihu')!;
  const yangtze = waterById('yangtze')!;
  // Land of a district: its polygon minus the water bodies that reach into it (district polygons include water).
  const landCache = new Map<string, Area>();
  const districtLand = (id: string): Area => {
    let land = landCache.get(id);
    if (!land) {
      land = district(id);
      const [w, s, e, n] = turf.bbox(land);
      for (const water of base.water.features as Area[]) {
        const [ww, ws, we, wn] = turf.bbox(water);
        if (ww > e || we < w || ws > n || wn < s) continue;
        land = minus(land, water) ?? land;
      }
      landCache.set(id, land);
    }
    return land;
  };
  const landOf = (...ids: string[]) => unionAll(ids.map(districtLand));

  const features: ZoneFeature[] = [];
  const add = (id: string, kind: ZoneKind, label: string, geometry: ZoneGeometry) =>
    features.push({ type: 'Feature', properties: { id, kind, label, schematic: true }, geometry });

  // 两轴: the plan names no places on them; they are the corridors the 2021 services plan describes, drawn alike.
  add('szi-huning-axis', 'axis', '沪宁东西发展轴', turf.multiLineString(HUNING_AXIS).geometry);
  add('szi-tongsujia-axis', 'axis', '通苏嘉南北发展轴', turf.lineString(TONGSUJIA_CORRIDOR).geometry);

  // 沿江发展带: land within ~4 km of the Yangtze in 张家港, 常熟 and 太仓.
  const riverside = clip(bufferKm(yangtze, BELT_KM), landOf('zhangjiagang', 'changshu', 'taicang'))!;
  add('szi-yanjiang-belt', 'belt', '沿江发展带', tidy(riverside).geometry);

  // 沿湖生态带: land within ~4 km of Taihu (shore and islands) in 相城, 虎丘, 吴中 and 吴江.
  const lakeside = clip(bufferKm(taihu, BELT_KM), landOf('xiangcheng', 'huqiu', 'wuzhong', 'wujiang'))!;
  add('szi-yanhu-belt', 'belt', '沿湖生态带', tidy(lakeside).geometry);

  // 沿浙发展带: land of 吴江 within ~5 km of its border with 浙江. The border is the run of 吴江's outline that
  // touches neither 吴中区, Taihu nor 上海 (east of ~120.89° E).
  const wujiang = district('wujiang');
  const wujiangRing = (wujiang.geometry.type === 'Polygon' ? wujiang.geometry.coordinates : wujiang.geometry.coordinates[0])[0];
  const nearWuzhong = bufferKm(district('wuzhong'), 0.5);
  const nearTaihu = bufferKm(taihu, 1);
  const zhejiangBorder = longestRun(
    wujiangRing,
    (p) => p[0] < 120.89 && !turf.booleanPointInPolygon(p, nearWuzhong) && !turf.booleanPointInPolygon(p, nearTaihu),
  );
  const borderLine = turf.simplify(turf.lineString(zhejiangBorder), { tolerance: 0.002 });
  const borderBand = turf.buffer(borderLine, 5, { units: 'kilometers' }) as Area;
  add('szi-yanzhe-belt', 'belt', '沿浙发展带', tidy(clip(borderBand, landOf('wujiang'))!).geometry);

  // Development zones: SIP and SND as their administrative areas (land only), the others as points.
  const labels: Record<string, string> = {
    'szi-sip': '苏州工业园区',
    'szi-snd': '苏州高新技术产业开发区',
    'szi-kunshan-etdz': '昆山经济技术开发区',
    'szi-wujiang-etdz': '吴江经济技术开发区',
    'szi-xiangcheng-edz': '相城经济开发区',
    'szi-changshu-etdz': '常熟经济技术开发区',
    'szi-zhangjiagang-edz': '张家港经济开发区',
    'szi-wuzhong-edz': '吴中经济开发区',
    'szi-taicang-port-edz': '太仓港经济开发区',
  };
  for (const [id, districtId] of Object.entries(DEV_ZONE_DISTRICTS)) {
    add(id, 'cluster', labels[id], tidy(landOf(districtId)).geometry);
  }
  for (const [id, coord] of Object.entries(DEV_ZONE_POINTS)) add(id, 'cluster', labels[id], turf.point(coord).geometry);

  // Localities named for priority industries: the county-level unit, land only.
  for (const [id, districtId] of Object.entries(COUNTY_DISTRICTS)) {
    const label = base.districts.features.find((d) => d.properties.id === districtId)!.properties.name_zh;
    add(id, 'county', label, tidy(landOf(districtId)).geometry);
  }

  return features;
};

export default build;
