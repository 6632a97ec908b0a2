import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { defaultVisiblePlanIds, maxBounds, maxZoom, minZoom, suzhouBounds } from '../../src/config/view';
import { bareViteConfig } from '../bare/vite.config';
import { bareStyle } from './bare-style';
import { gzipSize } from './sizes';
import { styleWithPlans } from './style-plans';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const tmpDir = fileURLToPath(new URL('../.tmp/', import.meta.url));

/**
 * Copies dist/ aside before measuring: others may rebuild dist/ (e2e runs do) while the benchmark runs, and
 * a half-emptied directory would show up as a slow or broken load.
 */
export function snapshotAppBuild(): string {
  const dist = `${repoRoot}dist`;
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ has no index.html: run `vite build` first (npm run bench does)');
  const out = `${tmpDir}app`;
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  return out;
}

/**
 * Builds the bare MapLibre page. Its style is the app's (see bare-style.ts), with source URLs on the
 * benchmark server's origin: the same absolute URLs the app's assetUrl() produces at run time.
 */
export async function buildBarePage(appDir: string, origin: string, base: string) {
  const { style, images, planOrder, zoneColors } = bareStyle(appDir, origin);
  const dir = `${tmpDir}bare`;
  const view = { bounds: suzhouBounds, maxBounds, minZoom, maxZoom, plans: defaultVisiblePlanIds, planOrder, zoneColors, dataOrigin: origin };
  await build(bareViteConfig({ style, images, view, outDir: dir, base }));
  // What the page draws at first: the app's first view.
  return { dir, style: styleWithPlans(style, defaultVisiblePlanIds), fullStyle: style };
}

export interface SplitChunk {
  file: string;
  name: string;
  group: 'maplibre-gl' | 'react' | 'app';
  raw: number;
  gzip: number;
  /** Loaded by the first view: the entry and what it imports statically; the rest are fetched later. */
  initial: boolean;
  /** The chunks this one imports statically. */
  imports: string[];
  /** The largest modules of app chunks by rendered size, to show where app bytes go. */
  topModules?: { id: string; bytes: number }[];
}

const libraryGroups = [
  { name: 'maplibre-gl', test: /node_modules[\\/](maplibre-gl|@maplibre)[\\/]/ },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
] as const;

/**
 * A second build of the app, identical but for MapLibre and React split into their own chunks, so the app's
 * own share of the JavaScript can be weighed. Everything else (app code, zustand, zod …) counts as app.
 */
export async function buildAppSplit(): Promise<SplitChunk[]> {
  const outDir = `${tmpDir}app-split`;
  const result = await build({
    root: repoRoot,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: libraryGroups.map((g, i) => ({ name: g.name, test: g.test, priority: 10 - i })),
          },
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks: SplitChunk[] = [];
  for (const output of outputs) {
    const items = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    const byFile = new Map(items.map((item) => [item.fileName, item]));
    const initial = new Set<string>();
    const visit = (file: string) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
    };
    for (const item of items) if (item.isEntry) visit(item.fileName);
    for (const item of items) {
      const group = libraryGroups.find((g) => g.name === item.name)?.name ?? 'app';
      const chunk: SplitChunk = {
        file: item.fileName,
        name: item.name,
        group,
        raw: Buffer.byteLength(item.code),
        gzip: gzipSize(item.code),
        initial: initial.has(item.fileName),
        imports: item.imports,
      };
      if (group === 'app') {
        chunk.topModules = Object.entries(item.modules)
          .map(([id, m]) => ({ id: id.startsWith(repoRoot) ? id.slice(repoRoot.length) : id, bytes: m.renderedLength }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 10);
      }
      chunks.push(chunk);
    }
  }
  return chunks;
}
