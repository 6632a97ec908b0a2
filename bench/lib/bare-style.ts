import { readFileSync } from 'node:fs';
import type { StyleSpecification } from 'maplibre-gl';
import { zoneColors } from '../../src/data/zone-colors';
import { parseCatalog } from '../../src/data/load-catalog';
import { arrowImage } from '../../src/map/arrow-image';
import { buildStyle } from '../../src/map/build-style';
import { carrierLayers, carrierSources } from '../../src/map/layers/carrier-layers';
import { axisArrowImage, planLabelLayers, planLayers, planSources } from '../../src/map/layers/plan-layers';

/** An image the style needs that is not in it (MapLibre styles carry no pixels without a sprite). */
export interface BareImage {
  id: string;
  width: number;
  height: number;
  data: number[];
  sdf: boolean;
}

/**
 * The style of the app's first view, made by the app's own buildStyle() from the app's own layer modules
 * and the built catalog, in the order src/map/plan-layers-on-map.ts adds them once the catalog is in: plan
 * and carrier shapes beneath the base labels, carrier and plan labels on top. If the app's composition
 * changes, the load scenario's layer check says so.
 */
export function bareStyle(appDir: string, origin: string): { style: StyleSpecification; images: BareImage[] } {
  const url = (path: string) => `${origin}/${path}`;
  const file = 'data/catalog.json';
  const catalog = parseCatalog(file, JSON.parse(readFileSync(`${appDir}/${file}`, 'utf8')));
  const carriers = carrierLayers(catalog);
  const style = buildStyle({
    url,
    locale: 'zh',
    planSources: { ...planSources(catalog, url), ...carrierSources(url) },
    planLayers: [...planLayers(catalog, zoneColors(catalog)), ...carriers.shapes],
  });
  style.layers.push(...carriers.labels, ...planLabelLayers(catalog));
  const arrow = arrowImage();
  return { style, images: [{ id: axisArrowImage, width: arrow.width, height: arrow.height, data: [...arrow.data], sdf: true }] };
}
