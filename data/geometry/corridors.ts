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

/** The 沪宁 axis of both plans: the corridor, with the links the 2021 plan names to 相城区 (苏州北站) and 太仓市. */
export const HUNING_AXIS: Position[][] = [
  HUNING_CORRIDOR,
  [SUZHOU_STATION, [120.625, 31.375], [120.643, 31.418] /* 苏州北站, 相城区 */],
  [KUNSHAN_STATION, [121.03, 31.43], [121.105, 31.46] /* 太仓 city (太仓站) */],
];

/**
 * The 通苏嘉 corridor (南通–苏州–嘉兴, the line of the 通苏嘉甬 railway): north–south from the Yangtze where
 * 张家港 meets 常熟 (the 沪通 bridge), south past 常熟's west side through 相城区 (苏州北站), between 姑苏区 and
 * 苏州工业园区, through 吴中区 (郭巷) and 吴江区 (松陵, 苏州南站, 盛泽) to the 浙江 border.
 */
export const TONGSUJIA_CORRIDOR: Position[] = [
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
