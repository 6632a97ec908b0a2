import { fileURLToPath } from 'node:url';
import type { StyleSpecification } from 'maplibre-gl';
import type { InlineConfig } from 'vite';
import type { BareImage } from '../lib/bare-style';

export interface BareView {
  bounds: [[number, number], [number, number]];
  maxBounds: [[number, number], [number, number]];
  minZoom: number;
  maxZoom: number;
  /** The plans the page draws unless its URL names others (`?plans=a,b`): the app's first view. */
  plans: string[];
  /** Every plan, in catalog order: the order the plans' features are joined in, as the app joins them. */
  planOrder: string[];
  /** Every zone's colour key (`zoneColors`), stamped on its feature as the app's join stamps it. */
  zoneColors: [string, string][];
  /** Where the plans' GeoJSON files are served (the app's files): `${dataOrigin}/geojson/<plan>.geojson`. */
  dataOrigin: string;
}

/**
 * Builds bench/bare/ with the same Vite and default build settings as the app, so MapLibre is bundled the
 * same way; the style and view are compiled in, as the app compiles in its own.
 */
export function bareViteConfig(options: {
  style: StyleSpecification;
  images: BareImage[];
  view: BareView;
  outDir: string;
  base: string;
}): InlineConfig {
  return {
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: options.base,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __BARE_STYLE__: JSON.stringify(options.style),
      __BARE_VIEW__: JSON.stringify(options.view),
      __BARE_IMAGES__: JSON.stringify(options.images),
    },
    build: { outDir: options.outDir, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  };
}
