import { existsSync } from 'node:fs';
import { buildBarePage, repoRoot, snapshotAppBuild } from './build';
import type { BenchEnv } from './scenario';
import { serveStatic } from './serve';

export const bareBase = '/__bare/';

/**
 * MapLibre 6 loads its worker from `new URL('./maplibre-gl-worker.mjs', import.meta.url)`, which a bundle
 * only contains if the page ships the file. When a build lacks it, the server answers from node_modules (the
 * same bytes a fixed build would ship) and the load scenario says so, instead of every load timing out.
 */
const workerFallback = {
  test: /\/maplibre-gl-worker(-dev)?\.mjs$/,
  file: `${repoRoot}node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs`,
};

export async function prepareEnv(): Promise<BenchEnv> {
  const appDir = snapshotAppBuild();
  // The bare page is mounted under its own prefix; GeoJSON and data are the app's files at `/`.
  const fallbacks = existsSync(workerFallback.file) ? [workerFallback] : [];
  const server = await serveStatic([{ prefix: '/', dir: appDir }], fallbacks);
  try {
    const { dir, style, fullStyle } = await buildBarePage(appDir, server.origin, bareBase);
    server.mount({ prefix: bareBase, dir });
    return { server, appUrl: `${server.origin}/`, bareUrl: `${server.origin}${bareBase}`, bareStyle: style, bareStyleAllPlans: fullStyle };
  } catch (error) {
    await server.close();
    throw error;
  }
}
