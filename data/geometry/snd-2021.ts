import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneKind } from '../../src/data/catalog-schema.ts';
import type { BaseGeography, PlanGeometryBuilder, ZoneFeature, ZoneGeometry } from './types.ts';

/**
 * 苏州高新区（虎丘区）“十四五”规划纲要: the “三区多园” pattern (第四章).
 *
 * The three 特色功能区 tile the 虎丘区 polygon of the base map exactly. The plan composes them from 镇/街道
 * (l.553, 559, 565); no street-level boundary data can be installed here, so the two cut lines below are drawn
 * by hand along the approximate 镇/街道 boundaries (see data/README.md, “Plan geometry”):
 *   商务创新功能区 = 原狮山、横塘街道 (the south-east of the district, west of the Grand Canal and 姑苏区);
 *   先进制造功能区 = 浒墅关镇 + the adjoining 枫桥街道 and 通安镇 (land only);
 *   科技生态功能区 = the rest: 苏州科技城/东渚街道, 镇湖街道 and the district's Taihu water.
 * Parks with a stated area are rounded shapes of that area around their real location, inside their
 * parent zone; parks without an extent are points. All coordinates are WGS 84.
 */

type Area = Feature<Polygon | MultiPolygon>;

/**
 * Cut 1: the north-west edge of 原狮山、横塘街道 against 枫桥街道. From the 姑苏区 border at 枫桥 (just
 * south of the 312国道/金山路 line, ~31.318° N) west along that line to 何山/玉山, then south-west past
 * 马涧 (which is 枫桥) to the 吴中区 (木渎) border at ~120.519° E. The ring closes outside the district to the
 * east and south, so only the line inside 虎丘区 matters.
 */
const BUSINESS_REGION: Position[] = [
  [120.65, 31.318], // east, beyond the 姑苏区 border
  [120.566, 31.318], // 虎丘区/姑苏区 border at 枫桥
  [120.545, 31.316], // 金山路 / 312国道 line
  [120.532, 31.312], // 何山 north-west
  [120.522, 31.303], // 马涧 east edge
  [120.519, 31.295],
  [120.519, 31.24], // south, beyond the 吴中区 (木渎) border
  [120.65, 31.15],
  [120.65, 31.318],
];

/**
 * Cut 2: the west edge of 枫桥街道 and the south edge of 通安镇 against 苏州科技城/东渚街道. From the 吴中区
 * border west of 白马涧 (~120.4875° E) north along the hills east of 苏州科技城 (the 锦峰/玉屏/凤凰 hills of
 * the 金融小镇 stay on the 科技城 side), to the 大阳山 summit where 枫桥, 浒墅关, 通安 and 东渚 meet; then
 * west along the 通安/东渚 line (~31.37° N) to the Taihu shore. The ring closes outside the district to the
 * north and east; the Taihu water is removed from this side, so the lake stays in the 科技生态功能区.
 */
const MANUFACTURING_REGION: Position[] = [
  [120.4875, 31.24], // south, beyond the 吴中区 border
  [120.4875, 31.32], // 白马涧 / 科技城 east edge
  [120.482, 31.338],
  [120.471, 31.352], // 大阳山 south-east slope
  [120.461, 31.36], // 大阳山 summit
  [120.445, 31.367], // 通安/东渚 line
  [120.425, 31.371],
  [120.405, 31.373],
  [120.39, 31.374], // Taihu shore
  [120.3, 31.374], // into the lake (the lake is removed below)
  [120.3, 31.5],
  [120.7, 31.5],
  [120.7, 31.24],
  [120.4875, 31.24],
];

/** Parks whose extent the plan gives as an area: centre (real location), shape, and the stated km². */
const TAIHU_SCIENCE_CITY = { centre: [120.415, 31.35], xKm: 2.0, yKm: 1.6 }; // 东渚, between 科技城 and Taihu; ~10 km² (l.573)
const FINANCE_TOWN = { centre: [120.462, 31.332], km2: 4 }; // 锦峰/玉屏/凤凰 hills, south-east 科技城 (l.579)
const LIFE_HEALTH_TOWN = { centre: [120.503, 31.313], km2: 3.61 }; // 城西山群, south-west 枫桥 (l.581)
const SU_EMBROIDERY_TOWN = { centre: [120.355, 31.34], km2: 3 }; // 镇湖 peninsula, west shore (l.587)
/** 浒墅关运河文化小镇: a band along the Grand Canal centred on the 浒墅关 old town, ~3.5 km² (l.585). */
const CANAL_TOWN = { centre: [120.497, 31.377], halfWidthKm: 0.5, km2: 3.5 };

/** Parks without a stated extent: points at their location. */
const PARK_POINTS: Record<string, Position> = {
  'snd-shishan-finance-cluster': [120.562, 31.301], // between 运河路、长江路、竹园路、金山东路 (l.575)
  'snd-hefeng-innovation-park': [120.535, 31.328], // 枫桥街道
  'snd-dayangshan-digital-park': [120.482, 31.372], // eastern foot of 大阳山, 浒墅关
  'snd-sst-ngit-park': [120.445, 31.356], // 苏州科技城
};

function intersect(a: Area, b: Area): Area | null {
  return turf.intersect(turf.featureCollection([a, b])) as Area | null;
}

function minus(a: Area, b: Area): Area {
  return (turf.difference(turf.featureCollection([a, b])) as Area | null) ?? a;
}

function circle(centre: Position, km2: number): Area {
  return turf.circle(centre, Math.sqrt(km2 / Math.PI), { units: 'kilometers', steps: 48 });
}

/**
 * A band of the given half-width along the canal's course, centred on `centre`, as long as the area needs. The
 * base map's canal line is accurate to ~1 km and runs some hundreds of metres off the 浒墅关 old town, which
 * stands on the canal: the band keeps the line's course but is moved to pass through `centre`.
 */
function canalBand(canal: Feature<LineString>, centre: Position, halfWidthKm: number, km2: number): Area {
  const length = (km2 - Math.PI * halfWidthKm ** 2) / (2 * halfWidthKm);
  const nearest = turf.nearestPointOnLine(canal, centre, { units: 'kilometers' });
  const at = nearest.properties.location ?? 0;
  const piece = turf.lineSliceAlong(canal, at - length / 2, at + length / 2, { units: 'kilometers' });
  const [dx, dy] = [centre[0]! - nearest.geometry.coordinates[0]!, centre[1]! - nearest.geometry.coordinates[1]!];
  const moved = turf.lineString(piece.geometry.coordinates.map(([x, y]) => [x! + dx, y! + dy]));
  return turf.buffer(moved, halfWidthKm, { units: 'kilometers', steps: 12 }) as Area;
}

/** A park shape must lie inside its parent zone; clip it to be safe and check the stated area holds. */
function park(shape: Area, parent: Area, statedKm2: number, id: string): Area {
  const clipped = intersect(shape, parent);
  if (!clipped) throw new Error(`${id}: park lies outside its parent zone`);
  const km2 = turf.area(clipped) / 1e6;
  if (Math.abs(km2 - statedKm2) > 0.3 * statedKm2) throw new Error(`${id}: ${km2.toFixed(2)} km² vs stated ${statedKm2}`);
  return clipped;
}

const build: PlanGeometryBuilder = (base: BaseGeography, catalog) => {
  const huqiu = base.districts.features.find((f) => f.properties.id === 'huqiu') as Area | undefined;
  const taihu = base.water.features.find((f) => f.properties.id === 'taihu') as Area | undefined;
  const canal = base.rivers.features.find((f) => f.properties.id === 'grand-canal') as Feature<LineString> | undefined;
  if (!huqiu || !taihu || !canal || canal.geometry.type !== 'LineString') {
    throw new Error('snd-2021: base layers lack 虎丘区, 太湖 or the Grand Canal');
  }

  const business = intersect(huqiu, turf.polygon([BUSINESS_REGION]));
  const northWest = intersect(huqiu, turf.polygon([MANUFACTURING_REGION]));
  if (!business || !northWest) throw new Error('snd-2021: a cut line misses the 虎丘区 polygon');
  const manufacturing = minus(minus(northWest, business), taihu);
  const techEcology = minus(minus(huqiu, business), manufacturing);

  const zones: Record<string, ZoneGeometry> = {
    'snd-business-innovation': business.geometry,
    'snd-advanced-manufacturing': manufacturing.geometry,
    'snd-tech-ecology': techEcology.geometry,
    'snd-taihu-science-city': park(
      turf.ellipse(TAIHU_SCIENCE_CITY.centre, TAIHU_SCIENCE_CITY.xKm, TAIHU_SCIENCE_CITY.yKm, { units: 'kilometers', steps: 48 }),
      techEcology,
      10,
      'snd-taihu-science-city',
    ).geometry,
    'snd-suzhou-finance-town': park(circle(FINANCE_TOWN.centre, FINANCE_TOWN.km2), techEcology, 4, 'snd-suzhou-finance-town').geometry,
    'snd-life-health-town': park(circle(LIFE_HEALTH_TOWN.centre, LIFE_HEALTH_TOWN.km2), manufacturing, 3.61, 'snd-life-health-town').geometry,
    'snd-grand-canal-culture-town': park(
      canalBand(canal, CANAL_TOWN.centre, CANAL_TOWN.halfWidthKm, CANAL_TOWN.km2),
      manufacturing,
      3.5,
      'snd-grand-canal-culture-town',
    ).geometry,
    'snd-su-embroidery-town': park(circle(SU_EMBROIDERY_TOWN.centre, SU_EMBROIDERY_TOWN.km2), techEcology, 3, 'snd-su-embroidery-town').geometry,
  };
  for (const [id, at] of Object.entries(PARK_POINTS)) zones[id] = turf.point(at).geometry;

  const features: ZoneFeature[] = [];
  for (const zone of catalog.zones.filter((z) => z.planId === 'snd-2021')) {
    const geometry = zones[zone.id];
    if (!geometry) throw new Error(`snd-2021: no geometry for zone ${zone.id}`);
    const properties = { id: zone.id, kind: zone.kind as ZoneKind, label: zone.name.zh, schematic: true };
    features.push(turf.rewind(turf.feature(geometry, properties), { reverse: false }) as ZoneFeature);
  }
  return features;
};

export default build;
