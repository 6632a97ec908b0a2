import { aa, blend, contrastRatio } from './contrast';
import { basePalette as c, compareColors, fallbackPalette, planPalettes } from './palette';

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
  const grounds = { land: c.land, developmentZone: c.landDevelopmentZone, outside: c.outside, panel: '#fbfaf6' };
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
