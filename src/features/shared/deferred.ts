import { lazy, useEffect, useState, type ComponentType } from 'react';

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

/** The loader of a deferred module; `loaded` is the module once it has been fetched. */
export type DeferredModule<T> = (() => Promise<T>) & { readonly loaded: T | undefined };

/** Code fetched on first use rather than rendered (an export, a search engine), prefetched with the components. */
export function deferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  const once = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  loaders.push(once);
  return Object.defineProperty(once, 'loaded', { get: () => loaded }) as DeferredModule<T>;
}

/**
 * A deferred module for a component: undefined until it is fetched, which starts once `wanted` (it may have come
 * already, with the idle prefetch). A failed fetch is tried again the next time `wanted` turns true.
 */
export function useDeferredModule<T>(module: DeferredModule<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState(() => module.loaded);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    module().then(
      (value) => current && setLoaded(() => value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [module, wanted, loaded]);
  return loaded ?? module.loaded;
}

/** Fetches every deferred chunk, one after another so the network and the parser stay free for the visitor. */
export async function prefetchDeferred(): Promise<void> {
  for (const load of loaders.slice()) await load().catch(() => undefined);
}
