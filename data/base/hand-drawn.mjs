// Hand-drawn (approximate) geometry used by build-base.mjs where no installable source has the feature.
// All coordinates are WGS 84 [lng, lat]. Everything here is marked `approximate: true` in the outputs.

/**
 * Cut line between 姑苏区 and 苏州工业园区 inside the source polygon named 姑苏区 (which merges both).
 * Runs north → south, roughly along 东环路 (just east of the old city's outer moat, 外城河); the part of
 * the source polygon west of the line becomes 姑苏区, the rest 苏州工业园区. The line extends beyond the
 * polygon at both ends; the longitude was tuned so that 姑苏区 comes out near its official ~83 km².
 */
export const GUSU_SIP_CUT = [
  [120.656, 31.45],
  [120.656, 31.36],
  [120.655, 31.345], // 相城区 / 姑苏区 / 工业园区 meet near the 北环 extension
  [120.653, 31.33], // 北环东路 × 东环路
  [120.652, 31.315], // 娄江
  [120.651, 31.3],
  [120.65, 31.285], // 南环东路 × 东环路
  [120.6505, 31.26],
  [120.6505, 31.2],
];

/**
 * Lakes that GSHHG (full resolution) does not contain. Each is drawn as a smooth, slightly irregular
 * outline around an approximate centre, then scaled to the lake's published water area.
 *   c: centre [lng, lat]; areaKm2: published surface area; aspect: north–south / east–west extent;
 *   rot: rotation in degrees (counter-clockwise); wobble: radial multipliers spread evenly around the
 *   outline (east, then counter-clockwise), giving each lake a recognisable, non-elliptical shape.
 */
export const HAND_LAKES = [
  { id: 'jinji', name_zh: '金鸡湖', name_en: 'Jinji Lake', c: [120.693, 31.316], areaKm2: 7.4, aspect: 1.15, rot: 0,
    wobble: [1.05, 0.95, 1.1, 1.0, 0.9, 1.05, 0.95, 1.15, 0.9, 1.05] },
  { id: 'dushu', name_zh: '独墅湖', name_en: 'Dushu Lake', c: [120.739, 31.26], areaKm2: 9.1, aspect: 0.8, rot: -25,
    wobble: [1.1, 0.9, 1.0, 1.05, 0.95, 1.1, 0.9, 1.0, 1.05, 0.95] },
  { id: 'cheng', name_zh: '澄湖', name_en: 'Cheng Lake', c: [120.856, 31.19], areaKm2: 40, aspect: 1.1, rot: 10,
    wobble: [1.0, 1.1, 0.9, 1.05, 1.1, 0.95, 0.85, 1.05, 1.1, 0.95, 0.9, 1.05] },
  { id: 'kuncheng', name_zh: '昆承湖', name_en: 'Kuncheng Lake', c: [120.796, 31.606], areaKm2: 18, aspect: 1.7, rot: 8,
    wobble: [1.0, 0.95, 1.1, 1.0, 0.9, 1.05, 1.0, 1.1, 0.95, 1.0] },
  { id: 'shang', name_zh: '尚湖', name_en: 'Shang Lake', c: [120.683, 31.641], areaKm2: 8, aspect: 0.75, rot: 20,
    wobble: [1.05, 0.95, 1.05, 0.95, 1.1, 0.95, 1.0, 0.95] },
  { id: 'cao', name_zh: '漕湖', name_en: 'Cao Lake', c: [120.556, 31.49], areaKm2: 9, aspect: 1.2, rot: -15,
    wobble: [1.0, 1.1, 0.95, 1.0, 1.05, 0.9, 1.05, 1.0] },
  { id: 'shi', name_zh: '石湖', name_en: 'Shi Lake', c: [120.578, 31.253], areaKm2: 3.6, aspect: 1.8, rot: 5,
    wobble: [1.0, 0.9, 1.1, 1.0, 0.95, 1.05, 1.0, 0.95] },
];

/**
 * 太浦河 (Taipu River): GSHHG/WDBII has no line for it inside 吴江区. Drawn from 东太湖 (太浦闸) east past
 * 平望 (crossing the Grand Canal), 黎里 and 芦墟 to 泖河 in Shanghai, kept inside the district polygon of
 * 吴江区 (whose southern edge is the Zhejiang border).
 */
export const TAIPU_RIVER = [
  [120.476, 31.013], // 东太湖 shore (太浦闸)
  [120.52, 31.01],
  [120.56, 31.005],
  [120.6, 31.0],
  [120.645, 30.998], // crosses the Grand Canal at 平望
  [120.68, 31.004],
  [120.72, 31.012],
  [120.76, 31.02], // 黎里
  [120.8, 31.025],
  [120.84, 31.025], // 芦墟, north of 汾湖
  [120.88, 31.022],
  [120.92, 31.02],
  [120.96, 31.025],
  [120.99, 31.03],
  [121.0194, 31.0372], // meets 拦路港 / 泖河 (the GSHHG level-3 line)
];

/** Muted context labels for the neighbours outside Suzhou. */
export const CONTEXT_POINTS = [
  { id: 'wuxi', name_zh: '无锡', name_en: 'Wuxi', kind: 'neighbour', coord: [120.3, 31.57] },
  { id: 'jiangyin', name_zh: '江阴', name_en: 'Jiangyin', kind: 'neighbour', coord: [120.28, 31.87] },
  { id: 'shanghai', name_zh: '上海', name_en: 'Shanghai', kind: 'neighbour', coord: [121.3, 31.22] },
  { id: 'nantong', name_zh: '南通', name_en: 'Nantong', kind: 'neighbour', coord: [120.92, 32.0] },
  { id: 'jiaxing', name_zh: '嘉兴', name_en: 'Jiaxing', kind: 'neighbour', coord: [120.86, 30.8] },
  { id: 'huzhou', name_zh: '湖州', name_en: 'Huzhou', kind: 'neighbour', coord: [120.09, 30.89] },
  { id: 'zhejiang', name_zh: '浙江', name_en: 'Zhejiang', kind: 'province', coord: [120.42, 30.8] },
];
