import { useSyncExternalStore } from 'react';
import { assetUrl } from '../config/env';
import { codeNames, codeTableSchema, type CodeNames } from './code-table';

/**
 * The names of the industry codes (public/data/codes.json), fetched once for the whole app. A cache of a
 * static file, so it is kept out of the store. Until it arrives, or if it cannot be read, codes show without
 * their names and code search waits; a failed load is tried again by the next component that asks.
 */
let names: CodeNames | undefined;
let pending: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): void {
  if (names || pending) return;
  pending = fetch(assetUrl('data/codes.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((json: unknown) => {
      names = codeNames(codeTableSchema.parse(json));
      listeners.forEach((listener) => listener());
    })
    .catch((error: unknown) => console.warn('data/codes.json could not be read; codes show without names', error))
    .finally(() => {
      pending = undefined;
    });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
};

/** For tests: hand the table in directly, or forget it. */
export function setCodeNames(value: CodeNames | undefined): void {
  names = value;
  listeners.forEach((listener) => listener());
}

export function useCodeNames(): CodeNames | undefined {
  return useSyncExternalStore(subscribe, () => names);
}
