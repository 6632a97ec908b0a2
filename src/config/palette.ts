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
  contextLabel: '#6b6257',
  waterLabel: '#3a6589',
} as const;

/** The CJK-capable font stack for map labels and UI; MapLibre resolves each name as a local font. */
export const fontStack = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

/**
 * Each plan has its own family of hues so overlapping plans stay apart; zones take the family's colours in
 * the order the plan lists them. Chosen to reach WCAG AA (3:1) against the land colour as line and key colours.
 */
export const planPalettes: Record<string, string[]> = {
  'sz-services-2021': ['#b23a2e', '#8c2d5a', '#6b3fa0', '#7a4cc2', '#1f6f8b', '#2e7d4f', '#b06a00', '#55606e'],
  'wz-services-2021': ['#c0562b', '#2a7f62', '#3b6cb5'],
  'snd-2021': ['#1d6fa3', '#a0522d', '#3d8b37'],
  'sz-industry-2016': ['#5b4a9e', '#8a6d1f', '#2f6f73', '#8b3a62', '#4f6d2f'],
};

export const fallbackPalette = ['#4e5d6c', '#7a5c3e', '#3f6e5a', '#6a4f7a'];

/**
 * The two zones of a comparison, outlined on the map and lettered in the panel in these colours: apart from
 * every plan's hues (a vivid blue and a crimson) and dark enough for white letters on them.
 */
export const compareColors = { a: '#0b57d0', b: '#c8005f' } as const;
