/** Base-map colours: calm enough that plan layers carry the colour. */
export const basePalette = {
  outside: '#e9e7e2',
  land: '#f7f4ec',
  landDevelopmentZone: '#f3efe4',
  water: '#a9cbe3',
  waterOutline: '#8db6d4',
  river: '#8db6d4',
  districtBorder: '#9c8f7a',
  countyBorder: '#7a6d58',
  label: '#4a4036',
  labelHalo: '#fbfaf6',
  contextLabel: '#8f877c',
  waterLabel: '#4f7fa3',
} as const;

/** The CJK-capable font stack for map labels and UI; MapLibre resolves each name as a local font. */
export const fontStack = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];
