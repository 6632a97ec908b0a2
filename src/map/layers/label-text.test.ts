import type { LayerSpecification } from 'maplibre-gl';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { buildStyle } from '../build-style';
import { catalogLayers } from './catalog-layers';
import { smallestLabelPx } from './label-text';

const url = (path: string) => `http://localhost/${path}`;
const style = buildStyle({ url, locale: 'zh', catalog: catalogLayers(fixtureCatalog, url) });
const textLayers = style.layers.filter((layer): layer is Extract<LayerSpecification, { type: 'symbol' }> => layer.type === 'symbol' && Boolean(layer.layout?.['text-field']));

/** The sizes a `text-size` names before the label scale multiplies them: every `['*', size, labelScale]`. */
function scaledSizes(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  const [op, size, scale] = value as unknown[];
  if (op === '*' && JSON.stringify(scale) === '["global-state","labelScale"]') return [size].flat(Infinity).filter((n): n is number => typeof n === 'number');
  return value.flatMap(scaledSizes);
}

describe('map label sizes', () => {
  it('all go through the label scale, so a kiosk can enlarge every label at once', () => {
    expect(textLayers.length).toBeGreaterThan(5);
    for (const layer of textLayers) expect(scaledSizes(layer.layout?.['text-size']), layer.id).not.toEqual([]);
  });

  it('start at the size a kiosk’s scale is computed from', () => {
    expect(Math.min(...textLayers.flatMap((layer) => scaledSizes(layer.layout?.['text-size'])))).toBe(smallestLabelPx);
  });
});
