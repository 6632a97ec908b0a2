import type { Position } from 'geojson';

/**
 * Corridors that more than one plan draws along the same line on the ground. Each plan's builder takes them from
 * here, so the plans' axes coincide where the documents mean the same corridor.
 * Hand-authored coordinates are WGS 84.
 */

export const SUZHOU_STATION: Position = [120.607, 31.331];
export const KUNSHAN_STATION: Position = [120.955, 31.383];

/**
 * The Shanghai–Nanjing railway / G2 corridor (沪宁): from the 无锡 border at 望亭 through 浒墅关, 苏州高新区,
 * the north side of 姑苏区 (苏州站), 苏州工业园区 and 唯亭, past 昆山站 and 陆家 to 花桥 at the 上海 border.
 */
export const HUNING_CORRIDOR: Position[] = [
  [120.42, 31.44], // 望亭, 无锡 border
  [120.47, 31.39], // 浒墅关
  [120.535, 31.352], // 苏州新区站
  SUZHOU_STATION,
  [120.67, 31.335],
  [120.735, 31.342], // 苏州园区站
  [120.8, 31.36], // 唯亭
  [120.88, 31.378],
  KUNSHAN_STATION,
  [121.03, 31.335], // 陆家
  [121.1, 31.3], // 花桥
  [121.145, 31.288], // 上海 border (安亭)
];
