/** WCAG 2 contrast between sRGB colours written as `#rrggbb`. */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(match[i]!, 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance, as WCAG 2 defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `over` painted at `alpha` on top of `under`: what a translucent halo or fill looks like. */
export function blend(over: string, alpha: number, under: string): string {
  const top = parseHex(over);
  const bottom = parseHex(under);
  return toHex(top.map((v, i) => alpha * v + (1 - alpha) * bottom[i]!) as Rgb);
}

/** WCAG AA: 4.5:1 for text, 3:1 for large text and for graphics that carry meaning (lines, key swatches). */
export const aa = { text: 4.5, graphics: 3 } as const;
