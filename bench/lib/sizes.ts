import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cache = new Map<string, { raw: number; gzip: number }>();

/** Raw and gzip (level 9, as Vite reports) sizes of a file on disk, computed once per file. */
export function fileSizes(file: string): { raw: number; gzip: number } {
  let sizes = cache.get(file);
  if (!sizes) {
    const bytes = readFileSync(file);
    sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    cache.set(file, sizes);
  }
  return sizes;
}

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export type AssetKind = 'js' | 'data' | 'css' | 'html' | 'other';

/** Classifies a served path by extension: GeoJSON and JSON are data, .js and .mjs (the worker) are JS. */
export function assetKind(path: string): AssetKind {
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (/\.css$/.test(path)) return 'css';
  if (/\.html?$/.test(path) || path.endsWith('/')) return 'html';
  return 'other';
}
