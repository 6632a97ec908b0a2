import type { Plugin } from 'vite';
import { firstViewFile } from '../src/config/data-files.ts';

/**
 * Preloads what the first view reads with the page's own fetch(): the catalog's first-view index, so that it
 * downloads beside the scripts instead of after they have run. Not the GeoJSON: MapLibre fetches it in its
 * worker, which a preload made by the page does not serve (it would be fetched twice and reported unused).
 * The base map draws with local fonts, so there are no glyphs to preload. Phones and desktops need the same
 * index, so it is preloaded for both.
 */
export function firstViewPreloads(): Plugin {
  let base = '/';
  return {
    name: 'suzhou:first-view-preloads',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      // `crossorigin`: the request the app's fetch() makes (mode cors, same-origin credentials), or it is not reused.
      { tag: 'link', attrs: { rel: 'preload', href: `${base}${firstViewFile}`, as: 'fetch', crossorigin: true }, injectTo: 'head' },
    ],
  };
}
