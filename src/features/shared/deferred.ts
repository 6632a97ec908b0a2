import { lazy, type ComponentType } from 'react';

type Loader = () => Promise<unknown>;
const loaders: Loader[] = [];

/**
 * A component whose code the first view does not draw: it is its own chunk, fetched when first rendered or
 * when `prefetchDeferred()` runs (once the first view is idle), whichever comes first. A failed fetch is
 * forgotten, so the next render tries again.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let pending: Promise<ComponentType<P>> | undefined;
  const once = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  loaders.push(once);
  return lazy(() => once().then((component) => ({ default: component })));
}

/** Code fetched on first use rather than rendered (an export, a search engine), prefetched with the components. */
export function deferredModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  const once = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  loaders.push(once);
  return once;
}

/** Fetches every deferred chunk, one after another so the network and the parser stay free for the visitor. */
export async function prefetchDeferred(): Promise<void> {
  for (const load of loaders.slice()) await load().catch(() => undefined);
}
