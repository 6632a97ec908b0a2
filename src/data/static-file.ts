import { assetUrl } from '../config/env';

/**
 * A static data file under public/ (the search keys, the code names), fetched once for the whole app and shared
 * by every component that reads it. A cache of a file, not state anyone acts on, so it is kept out of the store.
 * A failed load is forgotten, so the next `load()` tries again; until then readers do without.
 */
export interface StaticFile<T> {
  get: () => T | undefined;
  load: () => void;
  subscribe: (listener: () => void) => () => void;
  /** For tests: hand the content in directly, or forget it. */
  set: (value: T | undefined) => void;
}

export function staticFile<T>(path: string, parse: (json: unknown) => T, onError: (error: unknown) => void = () => {}): StaticFile<T> {
  let value: T | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => value,
    load: () => {
      if (value !== undefined || pending) return;
      pending = fetch(assetUrl(path))
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
          return response.json();
        })
        .then((json: unknown) => {
          value = parse(json);
          notify();
        })
        .catch(onError)
        .finally(() => {
          pending = undefined;
        });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      value = next;
      pending = undefined;
      notify();
    },
  };
}
