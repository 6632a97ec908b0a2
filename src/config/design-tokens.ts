/*
 * The design tokens: every colour the app shows, in one place. The stylesheets read them as CSS custom
 * properties (`uiColors.inkSoft` is `--ink-soft`, written into the build by scripts/design-tokens-plugin.ts),
 * the map layers and the export drawing import them, and design-tokens.test.ts checks their contrast. A test
 * keeps hex colour literals out of every other file in src/.
 */

/** Frozen, and typed as colours rather than as these exact strings. */
function frozen<K extends string>(values: Record<K, string>): Readonly<Record<K, string>> {
  return Object.freeze(values);
}

/** The interface's colours; each is the CSS custom property of its name in kebab case. */
export const uiColors = frozen({
  ink: '#2b2620',
  inkSoft: '#5e554a',
  /** Empty cells and other marks that say "nothing here". */
  inkFaint: '#b3a993',
  paper: '#fbfaf6',
  white: '#ffffff',
  rule: '#e2ddd2',
  /** Dividers between the rows of a list or table. */
  ruleSoft: '#eee8dc',
  accent: '#8a3b2b',
  accentInk: '#ffffff',
  /** The accent under the pointer, on the presentation button. */
  accentDeep: '#6f2e21',
  /** The accent's light tint, behind a slide's theme. */
  accentSoft: '#f3e6df',
  /** Labels and the current step's dot on the dark presentation bars. */
  accentOnDark: '#e9c9a8',
  focus: '#1d5fbf',
  focusOnDark: '#7fb0ff',
  linkOnDark: '#b9d3ff',
  danger: '#b3261e',
  hover: '#efebe2',
  hoverSoft: '#f1ede4',
  tint: '#f4f0e6',
  tintBorder: '#d8d1c3',
  /** Chosen rows, options and chips. */
  selected: '#e5eefb',
  selectedSoft: '#f2f6fd',
  badge: '#ece6d9',
  barTrack: '#e6dfd0',
  mutedBorder: '#c9c1b2',
  inputBorder: '#b9b0a0',
  inputBorderStrong: '#8c8275',
  cellButton: '#fbf7ef',
  /** An `inferred` fact: amber, apart from the stated ones. */
  inferred: '#fff1d6',
  inferredInk: '#7a4b00',
  inferredBorder: '#c98c1a',
  /** A plan whose period is over. */
  ended: '#efe9dd',
  endedBorder: '#b9ad98',
  /** A plan the industry lens brought onto the map. */
  lensBadge: '#e3ecfa',
  lensBadgeInk: '#1d4f9c',
  /** The kinds of search result, each a tint with its ink. */
  kindZone: '#f6e3dd',
  kindZoneInk: '#7a2e1f',
  kindCarrier: '#e1ecf7',
  kindCarrierInk: '#1f4d7a',
  kindIndustry: '#e3efdf',
  kindIndustryInk: '#2e5a23',
  presentChip: '#f4efe5',
  presentChipBorder: '#ddd3c2',
  /** The outline of Suzhou in the export's locator inset. */
  locatorBorder: '#bdb4a3',
  /** A planner's draft: magenta, apart from every plan's hues, so a draft is never taken for the plan. */
  draft: '#b5179e',
  draftDeep: '#8c1277',
  draftDisabledInk: '#767676',
  /** QR codes are black on white whatever the theme: every reader expects them so. */
  qrDark: '#000000',
  qrLight: '#ffffff',
});

export type UiColor = keyof typeof uiColors;


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

/** Marks the map draws around the plan colours. */
export const mapMarks = frozen({
  /** A zone whose plan has no colour for it (a catalog newer than the palette). */
  unknownZone: '#555555',
  /** The white casing under a picked zone's outline, and round points' rims. */
  casing: '#ffffff',
  /** The invisible wide lines that make thin axes easy to hit; any colour, drawn at zero opacity. */
  hitArea: '#000000',
  zoneLabel: uiColors.ink,
  carrier: '#3d352c',
  carrierLensed: uiColors.focus,
});

/** `:root { --ink: #2b2620; … --compare-a: #0b57d0; … }`, the stylesheet of the tokens. */
export function cssCustomProperties(): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const lines = [
    ...Object.entries(uiColors).map(([name, value]) => `  --${kebab(name)}: ${value};`),
    ...Object.entries(compareColors).map(([letter, value]) => `  --compare-${letter}: ${value};`),
  ];
  return `:root {\n${lines.join('\n')}\n}\n`;
}
