import { $ZodError } from 'zod/v4/core';
import { assetUrl } from '../config/env';
import { reportDataFileProblem } from './data-file-problems';
import { DataFileError, fetchDataFile, schemaProblems } from './fetch-data-file';

/**
 * A static data file under public/ (the search keys, the code names), fetched once for the whole app and shared
 * by every component that reads it. A cache of a file, not state anyone acts on, so it is kept out of the store.
 * A failed load is reported (naming the file and the field) and forgotten, so the next `load()` tries again;
 * until then readers do without.
 */
export interface StaticFile<T> {
  get: () => T | undefined;
  load: () => void;
  subscribe: (listener: () => void) => () => void;
  /** For tests: hand the content in directly, or forget it. */
  set: (value: T | undefined) => void;
}

const problemsOf = (error: unknown): string[] =>
  error instanceof DataFileError ? error.problems : error instanceof $ZodError ? schemaProblems(error, 3) : [String(error)];

export function staticFile<T>(path: string, parse: (json: unknown) => T): StaticFile<T> {
  let value: T | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => value,
    load: () => {
      if (value !== undefined || pending) return;
      pending = fetchDataFile(assetUrl(path), (problems) => new DataFileError(path, problems))
        .then((json) => {
          value = parse(json);
          notify();
        })
        .catch((error: unknown) => reportDataFileProblem(path, problemsOf(error)))
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
