import type { FeatureCollection, Point } from 'geojson';
import { assetUrl } from '../config/env';

/**
 * A lookup read from one of the app's point files (`path` below the site root), fetched once for the whole
 * app when first asked for; a failed fetch is forgotten, so the next caller tries again.
 */
export function pointFileLookup<P, T>(path: string, read: (file: FeatureCollection<Point, P>) => T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const load = async () => {
    const response = await fetch(assetUrl(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return read((await response.json()) as FeatureCollection<Point, P>);
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
