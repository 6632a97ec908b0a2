/// <reference types="node" />
import { aa, blend, contrastRatio } from './contrast';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePalette, basePalette as c, compareColors, cssCustomProperties, fallbackPalette, mapMarks, planPalettes, uiColors } from './design-tokens';

describe('contrastRatio', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // A published reference pair: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('blends a translucent colour over another', () => {
    expect(blend('#ffffff', 0.5, '#000000')).toBe('#808080');
    expect(() => blend('white', 1, '#000000')).toThrow(/#rrggbb/);
  });
});

describe('the colour key and the map labels reach WCAG AA', () => {
  // Where plan colours are drawn as lines, outlines and key swatches: the land, the zones of development,
  // the country outside Suzhou, and the panels' paper.
  const grounds = { land: c.land, developmentZone: c.landDevelopmentZone, outside: c.outside, panel: uiColors.paper };
  const palettes = { ...planPalettes, fallback: fallbackPalette, compare: Object.values(compareColors) };

  for (const [planId, colors] of Object.entries(palettes)) {
    it(`${planId}: every key colour reaches 3:1 on every ground`, () => {
      const failures = colors.flatMap((color) =>
        Object.entries(grounds)
          .filter(([, ground]) => contrastRatio(color, ground) < aa.graphics)
          .map(([name, ground]) => `${color} on ${name} ${contrastRatio(color, ground).toFixed(2)}:1`),
      );
      expect(failures).toEqual([]);
    });
  }

  it('the comparison letters are readable in white on their colours', () => {
    for (const color of Object.values(compareColors)) expect(contrastRatio('#ffffff', color)).toBeGreaterThanOrEqual(aa.text);
  });

  it('base-map labels reach 4.5:1 against what is behind them', () => {
    const labels = [
      { what: 'district and place names on their halo', text: c.label, behind: c.labelHalo },
      { what: 'river names on their halo', text: c.waterLabel, behind: c.labelHalo },
      // Lake names have a half-transparent white halo over the water.
      { what: 'lake names over water', text: c.waterLabel, behind: blend('#ffffff', 0.5, c.water) },
      { what: 'neighbouring cities outside Suzhou', text: c.contextLabel, behind: c.outside },
    ];
    const failures = labels
      .filter((l) => contrastRatio(l.text, l.behind) < aa.text)
      .map((l) => `${l.what}: ${contrastRatio(l.text, l.behind).toFixed(2)}:1`);
    expect(failures).toEqual([]);
  });
});

describe('the interface colours reach WCAG AA', () => {
  const u = uiColors;
  // Text on the grounds it is set on, from the stylesheets.
  const pairs: [string, string, string, string][] = [
    ['ink', 'paper', u.ink, u.paper],
    ['ink', 'white', u.ink, u.white],
    ['ink', 'a chip', u.ink, u.tint],
    ['ink', 'a kind badge', u.ink, u.badge],
    ['ink', 'a chosen row', u.ink, u.selected],
    ['ink', 'a row under the pointer', u.ink, u.hover],
    ['ink-soft', 'paper', u.inkSoft, u.paper],
    ['ink-soft', 'white', u.inkSoft, u.white],
    ['ink-soft', 'an ended plan badge', u.inkSoft, u.ended],
    ['ink-soft', 'a kind badge', u.inkSoft, u.badge],
    ['accent-ink', 'the accent', u.accentInk, u.accent],
    ['accent-ink', 'the deep accent', u.accentInk, u.accentDeep],
    ['accent', 'paper', u.accent, u.paper],
    ['inferred-ink', 'an inferred badge', u.inferredInk, u.inferred],
    ['lens-badge-ink', 'a lens badge', u.lensBadgeInk, u.lensBadge],
    ['kind-zone-ink', 'its tint', u.kindZoneInk, u.kindZone],
    ['kind-carrier-ink', 'its tint', u.kindCarrierInk, u.kindCarrier],
    ['kind-industry-ink', 'its tint', u.kindIndustryInk, u.kindIndustry],
    ['paper', 'a notice', u.paper, u.ink],
    ['link-on-dark', 'a notice', u.linkOnDark, u.ink],
    ['focus', 'paper', u.focus, u.paper],
  ];
  it.each(pairs)('%s on %s reaches 4.5:1', (_text, _ground, text, ground) => {
    expect(contrastRatio(text, ground)).toBeGreaterThanOrEqual(aa.text);
  });

  it.each([
    ['carriers', mapMarks.carrier],
    ['carriers of the lens', mapMarks.carrierLensed],
    ['a zone without a colour', mapMarks.unknownZone],
  ])('%s on the map reach 3:1 on the land', (_what, color) => {
    for (const ground of [basePalette.land, basePalette.landDevelopmentZone, basePalette.outside]) {
      expect(contrastRatio(color, ground)).toBeGreaterThanOrEqual(aa.graphics);
    }
  });
});

describe('the tokens are the one home of colour', () => {
  const srcDir = fileURLToPath(new URL('..', import.meta.url));
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|css)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(srcDir, file));
  const hexColor = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;

  it('no file in src/ but this module writes a hex colour', () => {
    const found = files
      .filter((file) => !file.endsWith('design-tokens.ts'))
      .flatMap((file) => (readFileSync(file, 'utf8').match(hexColor) ?? []).map((hex) => `${relative(srcDir, file)}: ${hex}`));
    expect(found).toEqual([]);
  });

  it('every custom property a stylesheet reads is defined', () => {
    const css = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8'));
    // The kiosk's scale is set on the root by script (kiosk-scale.ts), as the screen changes.
    const defined = new Set([cssCustomProperties(), ...css, '--kiosk-scale:'].join('\n').match(/--[\w-]+(?=\s*:)/g));
    const read = new Set(css.join('\n').match(/(?<=var\()--[\w-]+/g));
    expect([...read].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('writes each interface colour as a custom property of its name', () => {
    expect(cssCustomProperties()).toContain('--ink-soft: #5e554a;');
    expect(cssCustomProperties().match(/--/g)).toHaveLength(Object.keys(uiColors).length + Object.keys(compareColors).length);
  });
});
