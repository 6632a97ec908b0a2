/** Suzhou's extent with a margin: all of 张家港 in the north to 吴江's border with 浙江 in the south. */
export const suzhouBounds: [[number, number], [number, number]] = [
  [119.9, 30.76],
  [121.36, 32.04],
];

/** How far the camera may wander: enough context to see Taihu, 上海 and the Yangtze, no further. */
export const maxBounds: [[number, number], [number, number]] = [
  [118.9, 30.2],
  [122.3, 32.6],
];

export const minZoom = 7;
export const maxZoom = 15;

/** Plans drawn when a visitor arrives without a link saying otherwise: the city pattern alone reads best. */
export const defaultVisiblePlanIds = ['sz-services-2021'];
