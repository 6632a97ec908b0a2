import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneKind } from '../../src/data/catalog-schema.ts';
import { HUNING_AXIS, TONGSUJIA_CORRIDOR } from './corridors.ts';
import type { BaseGeography, PlanGeometryBuilder, ZoneFeature, ZoneGeometry } from './types.ts';

/**
 * 苏州市“十四五”服务业发展规划 (2021): 一环两轴四带 and the 县域发展指引 of the four county-level cities.
 * The plan describes its structure in words only, so every shape is schematic: it follows the real feature
 * the words name (expressways, railways, the Yangtze, Taihu, 吴淞江, the Grand Canal, the 上海 border).
 * Hand-authored coordinates are WGS 84; belts are clipped to Suzhou's land.
 */

type Area = Feature<Polygon | MultiPolygon>;

/**
 * 一环: the plan lays out its resources “沿着内环、中环”, so the ring is the belt of the central city between the
 * two ring expressways, each with ~0.9 km either side: the 内环 around the old city (北环、东环、南环、西环
 * 快速路) and the 中环 loop around the old city and its neighbours — west side through 苏州高新区 at 狮山/枫桥,
 * north side along the south edge of 相城区, east side through 苏州工业园区 east of 金鸡湖, south side through
 * 吴中区 (越溪, 郭巷). The old city inside the 内环 is its hole.
 */
const INNER_RING: Position[] = [
  [120.585, 31.329], // 西环 / 北环
  [120.62, 31.331],
  [120.653, 31.328], // 北环 / 东环
  [120.655, 31.305],
  [120.652, 31.283], // 东环 / 南环
  [120.62, 31.281],
  [120.586, 31.284], // 南环 / 西环
  [120.583, 31.305],
  [120.585, 31.329],
];
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
/** The ring's label on its east side, on the 中环 in 苏州工业园区, clear of the 姑苏区 label in the hole. */
const RING_LABEL_AT: Position = [120.723, 31.294];

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
/**
 * The 沿太湖及吴淞江 belt is built on named nodes (太湖新城, 太湖科学城, 独墅湖科教创新区, 昆山未来城), some of which
 * lie beyond a shore buffer: the belt takes in the land around each. Nodes are the catalog's carriers of those
 * names; 太湖新城 also has a 吴江 part on the 东太湖 shore, which no carrier marks.
 */
const TAIHU_BELT_NODES = ['sz-taihu-new-town', 'sz-taihu-science-city', 'sz-dushu-lake-sci-edu-zone', 'sz-kunshan-future-city'];
const TAIHU_NEW_TOWN_WUJIANG: Position = [120.64, 31.14];
const NODE_RADIUS_KM = 4;
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

  // 一环: from just inside the 内环 to just outside the 中环.
  const ring = minus(
    buffer(turf.polygon([MIDDLE_RING]), RING_HALF_WIDTH_KM),
    buffer(turf.polygon([INNER_RING]), -RING_HALF_WIDTH_KM),
  );

  // 沿长江: the riverside of 张家港, 常熟 and 太仓.
  const riverside = union([district('zhangjiagang'), district('changshu'), district('taicang')]);
  const yangtzeBelt = intersect(buffer(yangtze, YANGTZE_BUFFER_KM), intersect(riverside, land));

  // 沿太湖及吴淞江: Taihu's Suzhou shore and the 吴淞江 from 瓜泾口 to the 上海 border.
  const nodes = TAIHU_BELT_NODES.map((id) => {
    const coord = catalog.carriers.find((carrier) => carrier.id === id)?.coord;
    if (!coord) throw new Error(`sz-services-2021: node ${id} of the 沿太湖 belt has no coord in the catalog`);
    return coord;
  });
  const taihuWusong = union([
    buffer(taihu, TAIHU_BUFFER_KM),
    buffer(river('wusong'), WUSONG_BUFFER_KM),
    buffer(turf.multiPoint([...nodes, TAIHU_NEW_TOWN_WUJIANG]), NODE_RADIUS_KM),
  ]);
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
    'sz-axis-huning': turf.multiLineString(HUNING_AXIS).geometry,
    'sz-axis-tongsujia': turf.lineString(TONGSUJIA_CORRIDOR).geometry,
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
      const drawn = feature(zone.id, zone.kind, zone.name.zh, geometry);
      if (zone.id === 'sz-ring') drawn.properties.labelAt = RING_LABEL_AT;
      return drawn;
    });
};

export default build;
