import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneKind } from '../../src/data/catalog-schema.ts';
import { HUNING_CORRIDOR, KUNSHAN_STATION, SUZHOU_STATION } from './corridors.ts';
import type { BaseGeography, PlanGeometryBuilder, ZoneFeature, ZoneGeometry } from './types.ts';

/**
 * 苏州市“十四五”服务业发展规划 (2021): 一环两轴四带 and the 县域发展指引 of the four county-level cities.
 * The plan describes its structure in words only, so every shape is schematic: it follows the real feature
 * the words name (expressways, railways, the Yangtze, Taihu, 吴淞江, the Grand Canal, the 上海 border).
 * Hand-authored coordinates are WGS 84; belts are clipped to Suzhou's land.
 */

type Area = Feature<Polygon | MultiPolygon>;

/**
 * 一环: the 中环 expressway loop around the old city and its neighbours (the 内环 runs inside it). West side
 * through 苏州高新区 at 狮山/枫桥, north side along the south edge of 相城区, east side through 苏州工业园区
 * west of 金鸡湖's east shore, south side through 吴中区 (越溪, 郭巷). Drawn as a band ~1.8 km wide.
 */
const MIDDLE_RING: Position[] = [
  [120.548, 31.262], // 中环西线 south end, 木渎/越溪 junction
  [120.542, 31.29],
  [120.547, 31.318], // 狮山
  [120.553, 31.345], // 枫桥
  [120.566, 31.364], // 中环北线 west end (浒墅关 south)
  [120.592, 31.373],
  [120.626, 31.376], // 元和
  [120.66, 31.373],
  [120.69, 31.366], // 中环北线 east end (阳澄湖 west shore)
  [120.711, 31.35],
  [120.721, 31.325], // 中环东线, 苏州工业园区
  [120.724, 31.298],
  [120.72, 31.272],
  [120.706, 31.253], // 郭巷
  [120.68, 31.244],
  [120.645, 31.24], // 中环南线
  [120.61, 31.243], // 越溪
  [120.578, 31.249],
  [120.548, 31.262],
];
const RING_HALF_WIDTH_KM = 0.9;

/**
 * 沿沪宁发展轴: the 沪宁 corridor (corridors.ts), with the links the plan names to 相城区 (苏州北站) and 太仓市.
 */
const HUNING_XIANGCHENG: Position[] = [
  SUZHOU_STATION,
  [120.625, 31.375],
  [120.643, 31.418], // 苏州北站, 相城区
];
const HUNING_TAICANG: Position[] = [
  KUNSHAN_STATION,
  [121.03, 31.43],
  [121.105, 31.46], // 太仓 city (太仓站)
];

/**
 * 沿通苏嘉发展轴: north–south from the Yangtze where 张家港 meets 常熟 (the 通苏嘉甬 railway crossing),
 * south past 常熟's west side through 相城区 (苏州北站), between 姑苏区 and 苏州工业园区, through 吴中区 (郭巷)
 * and 吴江区 (松陵, 苏州南站, 盛泽) to the 浙江 border.
 */
const TONGSUJIA_AXIS: Position[] = [
  [120.775, 31.81], // Yangtze shore, 张家港/常熟 boundary
  [120.745, 31.72],
  [120.71, 31.62],
  [120.68, 31.52],
  [120.655, 31.45],
  [120.643, 31.418], // 苏州北站
  [120.655, 31.36],
  [120.662, 31.3], // between 姑苏区 and 苏州工业园区
  [120.66, 31.23], // 郭巷
  [120.67, 31.16],
  [120.68, 31.12], // 苏州南站
  [120.655, 31.0], // 平望
  [120.645, 30.92], // 盛泽
  [120.65, 30.868], // 浙江 border
];

/**
 * 虹桥国际开放枢纽北向拓展带: from Hongqiao northward through 嘉定 into 昆山 and 太仓 and on to 苏州工业园区
 * and 相城区 (the four units the plan names). Two corridor lines running north-west from the 上海 border, plus
 * a strip along the border itself (derived from the 昆山/太仓 polygons).
 */
const HONGQIAO_SOUTH: Position[] = [
  [121.13, 31.29], // 花桥/安亭 at the 上海 border
  [121.03, 31.335], // 陆家
  [120.955, 31.37], // 昆山
  [120.86, 31.36], // 昆山 west / 唯亭
  [120.76, 31.335], // 苏州工业园区
  [120.7, 31.32], // 金鸡湖
];
const HONGQIAO_NORTH: Position[] = [
  [121.2, 31.43], // 太仓 south-east, 嘉定 border
  [121.105, 31.45], // 太仓 city
  [120.99, 31.445], // 昆山 north (巴城)
  [120.86, 31.45], // 阳澄湖 north
  [120.75, 31.43], // 相城 (阳澄湖镇)
  [120.645, 31.415], // 苏州北站 / 高铁新城
];
const HONGQIAO_BUFFER_KM = 3.5;
const BORDER_STRIP_KM = 5;

const YANGTZE_BUFFER_KM = 4.5;
const TAIHU_BUFFER_KM = 5;
const WUSONG_BUFFER_KM = 3;
const CANAL_BUFFER_KM = 3;
const SIMPLIFY = { tolerance: 0.0015, highQuality: true };

const COUNTY_ZONES: Record<string, string> = {
  'sz-county-zhangjiagang': 'zhangjiagang',
  'sz-county-changshu': 'changshu',
  'sz-county-taicang': 'taicang',
  'sz-county-kunshan': 'kunshan',
};

function union(areas: Area[]): Area {
  const merged = turf.union(turf.featureCollection(areas));
  if (!merged) throw new Error('empty union');
  return merged;
}

function intersect(a: Area, b: Area): Area {
  const cut = turf.intersect(turf.featureCollection([a, b]));
  if (!cut) throw new Error('empty intersection');
  return cut;
}

function minus(a: Area, b: Area): Area {
  return turf.difference(turf.featureCollection([a, b])) ?? a;
}

function buffer(feature: Feature, km: number): Area {
  const out = turf.buffer(feature, km, { units: 'kilometers', steps: 8 });
  if (!out) throw new Error('empty buffer');
  return out as Area;
}

/** Drops slivers a clip leaves behind (< 1 km²) and simplifies. */
function tidy(area: Area): Area {
  const polys = turf.flatten(area).features.filter((p) => turf.area(p) > 1e6);
  const kept = polys.length === 1 ? polys[0]! : turf.multiPolygon(polys.map((p) => p.geometry.coordinates));
  return turf.rewind(turf.simplify(kept, SIMPLIFY), { reverse: false }) as Area;
}

/**
 * The 上海 border north of Hongqiao: for each latitude from 花桥 (31.2° N) north, the easternmost point of
 * 昆山 ∪ 太仓, skipping latitudes where that point is the Yangtze bank. South of 31.2° N (淀山湖, 周庄) the
 * border faces 青浦 rather than the northward extension, so it is left out.
 */
const BORDER_FROM_LAT = 31.2;
function shanghaiBorder(kunshanTaicang: Area, yangtze: Area): Feature<LineString> {
  const [minX, , maxX, maxY] = turf.bbox(kunshanTaicang);
  const points: Position[] = [];
  for (let y = BORDER_FROM_LAT; y < maxY; y += 0.01) {
    let east: number | undefined;
    for (let x = maxX; x > minX; x -= 0.004) {
      const p = turf.point([x, y]);
      if (turf.booleanPointInPolygon(p, kunshanTaicang)) {
        east = x;
        break;
      }
    }
    if (east === undefined) continue;
    // Where the easternmost land faces the Yangtze, that edge is the river bank, not the border.
    const probe = turf.point([east + 0.01, y]);
    if (turf.booleanPointInPolygon(probe, yangtze)) continue;
    points.push([east, y]);
  }
  return turf.lineString(points);
}

const feature = (id: string, kind: ZoneKind, label: string, geometry: ZoneGeometry): ZoneFeature => ({
  type: 'Feature',
  properties: { id, kind, label, schematic: true },
  geometry,
});

const build: PlanGeometryBuilder = (base: BaseGeography, catalog) => {
  const district = (id: string): Area => {
    const found = base.districts.features.find((f) => f.properties.id === id);
    if (!found) throw new Error(`district ${id} missing from the base layer`);
    return found as Area;
  };
  const water = (id: string): Area => {
    const found = base.water.features.find((f) => f.properties.id === id);
    if (!found) throw new Error(`water ${id} missing from the base layer`);
    return found as Area;
  };
  const river = (id: string) => {
    const found = base.rivers.features.find((f) => f.properties.id === id);
    if (!found) throw new Error(`river ${id} missing from the base layer`);
    return found;
  };

  const suzhou = union(base.districts.features as Area[]);
  const yangtze = water('yangtze');
  const taihu = water('taihu');
  const lakes = union(base.water.features.filter((f) => f.properties.kind === 'lake') as Area[]);
  const land = minus(minus(suzhou, yangtze), lakes);

  // 一环: the 中环 line buffered into a band; a closed line's buffer is a polygon with a hole.
  const ring = buffer(turf.lineString(MIDDLE_RING), RING_HALF_WIDTH_KM);

  // 沿长江: the riverside of 张家港, 常熟 and 太仓.
  const riverside = union([district('zhangjiagang'), district('changshu'), district('taicang')]);
  const yangtzeBelt = intersect(buffer(yangtze, YANGTZE_BUFFER_KM), intersect(riverside, land));

  // 沿太湖及吴淞江: Taihu's Suzhou shore and the 吴淞江 from 瓜泾口 to the 上海 border.
  const taihuWusong = union([buffer(taihu, TAIHU_BUFFER_KM), buffer(river('wusong'), WUSONG_BUFFER_KM)]);
  const taihuBelt = intersect(taihuWusong, land);

  // 沿大运河: the Grand Canal from 望亭 through 浒墅关, west of the old city and south through 吴江.
  const canalBelt = intersect(buffer(river('grand-canal'), CANAL_BUFFER_KM), land);

  // 虹桥北向拓展带: the 上海 border strip of 昆山/太仓 and the corridors north-west to 苏州工业园区 and 相城区.
  const kunshanTaicang = union([district('kunshan'), district('taicang')]);
  const hongqiaoUnits = union([kunshanTaicang, district('xiangcheng'), district('sip')]);
  const hongqiaoReach = union([
    buffer(shanghaiBorder(kunshanTaicang, yangtze), BORDER_STRIP_KM),
    buffer(turf.lineString(HONGQIAO_SOUTH), HONGQIAO_BUFFER_KM),
    buffer(turf.lineString(HONGQIAO_NORTH), HONGQIAO_BUFFER_KM),
  ]);
  const hongqiaoBelt = intersect(hongqiaoReach, intersect(hongqiaoUnits, land));

  const shapes: Record<string, ZoneGeometry> = {
    'sz-ring': tidy(ring).geometry,
    'sz-axis-huning': turf.multiLineString([HUNING_CORRIDOR, HUNING_XIANGCHENG, HUNING_TAICANG]).geometry,
    'sz-axis-tongsujia': turf.lineString(TONGSUJIA_AXIS).geometry,
    'sz-belt-hongqiao': tidy(hongqiaoBelt).geometry,
    'sz-belt-yangtze': tidy(yangtzeBelt).geometry,
    'sz-belt-taihu-wusong': tidy(taihuBelt).geometry,
    'sz-belt-grand-canal': tidy(canalBelt).geometry,
  };
  for (const [zoneId, districtId] of Object.entries(COUNTY_ZONES)) {
    shapes[zoneId] = tidy(district(districtId)).geometry;
  }

  return catalog.zones
    .filter((zone) => zone.planId === 'sz-services-2021')
    .map((zone) => {
      const geometry = shapes[zone.id];
      if (!geometry) throw new Error(`sz-services-2021: no geometry for zone ${zone.id}`);
      return feature(zone.id, zone.kind, zone.name.zh, geometry);
    });
};

export default build;
