import { readFileSync } from 'node:fs';
import type { StyleSpecification } from 'maplibre-gl';
import { firstViewCatalog } from '../../src/data/first-view-index';
import { firstViewIndexSchema } from '../../src/data/first-view-index-schema';
import { firstViewFile } from '../../src/config/data-files';
import { zoneColors } from '../../src/data/zone-colors';
import { arrowImage } from '../../src/map/arrow-image';
import { buildStyle } from '../../src/map/build-style';
import { catalogLayers } from '../../src/map/layers/catalog-layers';
import { axisArrowImage } from '../../src/map/layers/plan-layers';

/** An image the style needs that is not in it (MapLibre styles carry no pixels without a sprite). */
export interface BareImage {
  id: string;
  width: number;
  height: number;
  data: number[];
  sdf: boolean;
}

/**
 * The style of the app's first view, made by the app's own buildStyle() and catalogLayers() from the built
 * first-view index: the same composition src/map/plan-layers-on-map.ts adds once the index is in. Its plans'
 * source is empty, as the app's is at first; the page joins the plans' features into it (bare/main.ts).
 */
export function bareStyle(appDir: string, origin: string): { style: StyleSpecification; images: BareImage[]; planOrder: string[]; zoneColors: [string, string][] } {
  const url = (path: string) => `${origin}/${path}`;
  // The first view draws from the catalog's first-view index (no carriers yet), as the app does.
  const catalog = firstViewCatalog(firstViewIndexSchema.parse(JSON.parse(readFileSync(`${appDir}/${firstViewFile}`, 'utf8'))));
  const style = buildStyle({ url, locale: 'zh', catalog: catalogLayers(catalog, url) });
  const arrow = arrowImage();
  const images = [{ id: axisArrowImage, width: arrow.width, height: arrow.height, data: [...arrow.data], sdf: true }];
  return { style, images, planOrder: catalog.plans.map((plan) => plan.id), zoneColors: [...zoneColors(catalog)] };
}
