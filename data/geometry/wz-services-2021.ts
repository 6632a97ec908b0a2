import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseGeography, PlanGeometryBuilder, ZoneFeature } from './types.ts';

/**
 * 吴中区“十四五”现代服务业发展规划: 东部片区 / 中部片区 / 西部片区 (“东强中融西优”, l.189–198).
 *
 * The three 片区 tile the 吴中区 polygon of base/districts.geojson exactly (Taihu water included). The
 * document names the 片区 but not their 镇/街道; the composition used here (see data/README.md, “Plan geometry”):
 *   西部 = 光福镇, 香山街道, 金庭镇 (太湖生态岛), 东山镇 and the district's open Taihu water;
 *   中部 = 木渎镇, 胥口镇, 临湖镇 (with the water off their shore) and, detached to the north-east, 长桥街道;
 *   东部 = 越溪、横泾、太湖 (太湖新城)、城南、郭巷 街道 and 甪直镇.
 * The cut lines below approximate the town boundaries (WGS 84). Each line starts and ends outside the
 * district, so the pieces are obtained by intersecting / subtracting the district polygon with the
 * cutting polygons: no gaps, no overlaps. Inside the district the lines are good to about 1 km at best
 * (the district polygon itself is quantised to ~100 m and is not better than ~1 km in position).
 */

type Area = Feature<Polygon | MultiPolygon>;

/** West | central, north → south. */
const WEST_CENTRAL_CUT: Position[] = [
  [120.41, 31.4], // outside, in 苏州高新区
  [120.412, 31.33], // district's northern edge: 光福镇 (W) | 木渎镇 藏书 (E)
  [120.415, 31.31],
  [120.42, 31.288], // west of 穹窿山: 光福 | 木渎 (藏书)
  [120.428, 31.27],
  [120.445, 31.255], // 香山街道 (W) | 木渎镇 (E)
  [120.452, 31.24], // 香山街道 / 舟山村 (W) | 胥口镇 (E)
  [120.455, 31.222], // Taihu shore between 香山 and 胥口
  [120.455, 31.205], // into the lake: the bay off 胥口 and 临湖 goes west, with the 度假区 waters
  [120.435, 31.175],
  [120.413, 31.15], // off 临湖's western shore
  [120.418, 31.126], // the neck between 东山 peninsula (W) and 临湖镇 (E)
  [120.445, 31.117],
  [120.47, 31.105],
  [120.49, 31.085], // 东太湖 water: off 东山's eastern shore (W) | off 临湖 (E)
  [120.51, 31.05], // crosses the 吴中 | 吴江 line in 东太湖
  [120.53, 30.98],
  [120.53, 30.85], // outside, in 吴江区
];

/** Central | east, north → south (木渎/胥口/临湖 | 越溪/横泾). */
const CENTRAL_EAST_CUT: Position[] = [
  [120.575, 31.4], // outside, in 姑苏区 / 苏州高新区
  [120.575, 31.26], // inside the 苏州高新区 tongue (横塘 / 石湖) that separates 木渎 from 长桥
  [120.574, 31.233],
  [120.577, 31.222], // the tongue's southern tip: 木渎 (W) | 越溪 (E) begin here
  [120.565, 31.212], // 木渎 (W) | 越溪 旺山 (E)
  [120.548, 31.2], // where 木渎, 临湖, 越溪 and 横泾 meet
  [120.535, 31.18], // 临湖镇 (W) | 横泾街道 (E)
  [120.53, 31.15],
  [120.535, 31.12], // 东太湖 shore
  [120.535, 31.08], // 吴中 | 吴江 line in 东太湖
  [120.535, 30.85], // outside, in 吴江区
];

/**
 * 长桥街道 (central, detached): the district's strip south of 姑苏区 between the 苏州高新区 tongue (west) and
 * the 京杭大运河 at 宝带桥 (east); its southern edge, towards 越溪 and 城南, is taken along ~31.245° N.
 */
const CHANGQIAO: Position[] = [
  [120.585, 31.32], // outside, in 姑苏区
  [120.652, 31.32],
  [120.652, 31.245], // 京杭大运河: 长桥 (W) | 郭巷 / 城南 (E)
  [120.585, 31.245], // inside the 苏州高新区 tongue
  [120.585, 31.32],
];

const polygon = (ring: Position[]) => turf.polygon([ring]);

/** Everything west of WEST_CENTRAL_CUT (all of western Taihu). */
const westCutter = () =>
  polygon([...WEST_CENTRAL_CUT, [119.8, 30.85], [119.8, 31.4], WEST_CENTRAL_CUT[0]]);

/** Everything between the two cuts (north and south ends lie outside the district). */
const centralCutter = () =>
  polygon([...CENTRAL_EAST_CUT, ...[...WEST_CENTRAL_CUT].reverse(), CENTRAL_EAST_CUT[0]]);

const intersect = (a: Area, b: Area) => turf.intersect(turf.featureCollection([a, b])) as Area | null;
const difference = (a: Area, b: Area) => turf.difference(turf.featureCollection([a, b])) as Area | null;
const union = (a: Area, b: Area) => turf.union(turf.featureCollection([a, b])) as Area | null;

function need(area: Area | null, what: string): Area {
  if (!area) throw new Error(`wz-services-2021: ${what} is empty`);
  return area;
}

/** Splits 吴中区 into the three 片区; returned in the order west, central, east. */
export function splitWuzhong(district: Area): { west: Area; central: Area; east: Area } {
  const west = need(intersect(district, westCutter()), 'west');
  const rest = need(difference(district, west), 'district minus west');
  const centralShape = need(union(centralCutter(), polygon(CHANGQIAO)), 'central cutter');
  const central = need(intersect(rest, centralShape), 'central');
  const east = need(difference(rest, central), 'east');
  return { west, central, east };
}

const build: PlanGeometryBuilder = (base: BaseGeography, catalog) => {
  const district = base.districts.features.find((f) => f.properties.id === 'wuzhong');
  if (!district) throw new Error('wz-services-2021: no 吴中区 (id wuzhong) in districts.geojson');
  const parts = splitWuzhong(district as Area);
  const label = (id: string) => catalog.zones.find((z) => z.id === id)?.name.zh ?? id;
  const feature = (id: string, area: Area): ZoneFeature => ({
    type: 'Feature',
    properties: { id, kind: 'area', label: label(id), schematic: true },
    geometry: turf.rewind(area.geometry, { reverse: false }) as Polygon | MultiPolygon,
  });
  return [feature('wz-east', parts.east), feature('wz-central', parts.central), feature('wz-west', parts.west)];
};

export default build;
