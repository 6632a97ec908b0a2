import type { StyleSpecification } from 'maplibre-gl';
import type { CatalogLayers } from './layers/catalog-layers';
import { baseLabelLayers, baseLayersBelow, baseSources } from './layers/base-layers';
import { onlineBaseLayer, onlineBaseSource } from './layers/online-base-layer';

export interface StyleOptions {
  /** Resolves a path under public/ to an absolute URL. */
  url: (path: string) => string;
  locale: 'zh' | 'en';
  /** Map labels at this many times their size (a kiosk's, read from a distance); 1 by default. */
  labelScale?: number;
  onlineBaseMapUrl?: string;
  onlineBaseMapAttribution?: string;
  /** The catalog's layers, when the style is built with them (the benchmark's bare page does). */
  catalog?: CatalogLayers;
}

/**
 * The whole map style as data. It has no `glyphs` URL on purpose: MapLibre then draws labels with local
 * fonts, so the map needs no font server and works offline.
 */
export function buildStyle(options: StyleOptions): StyleSpecification {
  const online = options.onlineBaseMapUrl;
  return {
    version: 8,
    name: 'suzhou-plan-map',
    state: { locale: { default: options.locale }, labelScale: { default: options.labelScale ?? 1 } },
    sources: {
      ...baseSources(options.url),
      ...(online ? onlineBaseSource(online, options.onlineBaseMapAttribution ?? '') : {}),
      ...options.catalog?.sources,
    },
    layers: [
      ...baseLayersBelow.slice(0, 1),
      ...(online ? [onlineBaseLayer] : []),
      ...baseLayersBelow.slice(1),
      ...(options.catalog?.shapes ?? []),
      ...baseLabelLayers,
      ...(options.catalog?.labels ?? []),
    ],
  };
}
