import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { designTokens } from './scripts/design-tokens-plugin.ts';
import { firstViewPreloads } from './scripts/preload-plugin.ts';
import { uiColors } from './src/config/design-tokens.ts';

const mapLibraryChunk = 'maplibre-gl';
const isMapLibraryChunk = (file: string) => file.includes(`/${mapLibraryChunk}-`);

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    designTokens(),
    firstViewPreloads(),
    // A service worker that precaches everything the app needs, so that after one load it starts and works
    // with no network: code, the MapLibre worker (.mjs), data, GeoJSON, icons and any bundled fonts. The app
    // registers it itself (src/app/kiosk-offline.ts) once the first view is drawn.
    VitePWA({
      injectRegister: false,
      // Under Vite 8 the service worker must be generated after every other plugin has written dist/,
      // or the bundle (JS, CSS, index.html, the map worker) is missing from the precache list.
      integration: { closeBundleOrder: 'post' },
      // The manifest and its icon are in the glob below already; listing them twice would clash.
      includeManifestIcons: false,
      registerType: 'autoUpdate',
      manifest: {
        name: '苏州空间规划图 · Suzhou Spatial Plan Map',
        short_name: '苏州规划图',
        lang: 'zh-CN',
        start_url: './',
        display: 'fullscreen',
        background_color: uiColors.paper,
        theme_color: uiColors.accent,
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,webp,json,geojson,woff,woff2,ttf,otf}'],
        // The whole catalog is served for outside tools; the app reads its index, links and plan details instead.
        globIgnores: ['**/data/catalog.json'],
        // The maplibre-gl chunk is near the workbox default (2 MiB), which would leave it out silently.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Every navigation (with any query: ?mode=kiosk, ?zone=…) is the one page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    // maplibre-gl is most of the bytes; its own chunk downloads beside the app's and stays cached across releases.
    chunkSizeWarningLimit: 1200,
    modulePreload: {
      // The map is made as soon as the entry runs, and maplibre-gl is the longest download the entry waits for:
      // index.html lists it first, so it is never queued behind the small chunks.
      resolveDependencies: (_, deps, { hostType }) =>
        hostType === 'html' ? [...deps].sort((a, b) => Number(isMapLibraryChunk(b)) - Number(isMapLibraryChunk(a))) : deps,
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: mapLibraryChunk, test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/, priority: 20 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
            // The rest of what the first view imports statically, in one chunk (the entry's): left to itself the
            // bundler cuts out every module a deferred chunk shares with the first view (the strings, the
            // catalog's helpers …) into a dozen small files, each a request the entry waits for. The deferred
            // chunks import them from the entry, which has always run before them.
            { name: 'first-view', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'tests/data/**/*.test.ts', 'eslint/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
