import { assetUrl } from '../config/env';
import { reportDataFileProblem } from './data-file-problems';
import { DataFileError, fetchDataFile, schemaProblems, type SchemaError } from './fetch-data-file';

/**
 * A static data file under public/ (the search keys, the code names), fetched once for the whole app and shared
 * by every component that reads it. A cache of a file, not state anyone acts on, so it is kept out of the store.
 * A failed load is reported (naming the file and the field) and forgotten, so the next `load()` tries again;
 * until then readers do without.
 */
export interface StaticFile<T> {
  get: () => T | undefined;
  /** Whether a load is under way: a reader can say "loading" rather than answer without the file. */
  loading: () => boolean;
  load: () => void;
  subscribe: (listener: () => void) => () => void;
  /** For tests: hand the content in directly, or forget it. */
  set: (value: T | undefined) => void;
}

/** A schema's error, from either zod build, told by its issues (importing zod here would put it in the first view). */
const isSchemaError = (error: unknown): error is SchemaError =>
  typeof error === 'object' && error !== null && Array.isArray((error as Partial<SchemaError>).issues);

const problemsOf = (error: unknown): string[] =>
  error instanceof DataFileError ? error.problems : isSchemaError(error) ? schemaProblems(error, 3) : [String(error)];

/**
 * `parse` may fetch its schema first (`import()` of the module that has it), so that the file's check is
 * code that comes with the file, not with the first view.
 */
export function staticFile<T>(path: string, parse: (json: unknown) => T | Promise<T>): StaticFile<T> {
  let value: T | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => value,
    loading: () => pending !== undefined,
    load: () => {
      if (value !== undefined || pending) return;
      pending = fetchDataFile(assetUrl(path), (problems) => new DataFileError(path, problems))
        .then(parse)
        .then((parsed) => {
          value = parsed;
        })
        .catch((error: unknown) => reportDataFileProblem(path, problemsOf(error)))
        .finally(() => {
          pending = undefined;
          notify();
        });
      notify();
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
