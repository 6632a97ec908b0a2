import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from './build-style';

const url = (path: string) => `http://localhost/${path}`;

describe('buildStyle', () => {
  it('produces a valid MapLibre style with no glyph server', () => {
    const style = buildStyle({ url, locale: 'zh' });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
  });

  it('keeps water above district fills and labels on top', () => {
    const ids = buildStyle({ url, locale: 'zh' }).layers.map((layer) => layer.id);
    expect(ids.indexOf('base-water-fill')).toBeGreaterThan(ids.indexOf('base-district-fill'));
    expect(ids.at(-1)).toBe('base-district-labels');
  });

  it('starts in the chosen language, with labels at their own size unless told otherwise', () => {
    expect(buildStyle({ url, locale: 'en' }).state).toEqual({ locale: { default: 'en' }, labelScale: { default: 1 } });
    expect(buildStyle({ url, locale: 'zh', labelScale: 1.8 }).state?.labelScale).toEqual({ default: 1.8 });
  });

  it('adds the online base map only when configured, beneath the offline layers', () => {
    expect(Object.keys(buildStyle({ url, locale: 'zh' }).sources)).not.toContain('online-base');
    const style = buildStyle({ url, locale: 'zh', onlineBaseMapUrl: 'https://tiles.example/{z}/{x}/{y}.png' });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers[1]?.id).toBe('online-base-raster');
  });

  it('resolves every GeoJSON source to an absolute URL', () => {
    for (const source of Object.values(buildStyle({ url, locale: 'zh' }).sources)) {
      if (source.type === 'geojson') expect(String(source.data)).toMatch(/^http:\/\/localhost\/geojson\//);
    }
  });
});
