import { useSyncExternalStore } from 'react';
import { codeNames, type CodeNames } from './code-table';
import { staticFile } from './static-file';

/**
 * The names of the industry codes (public/data/codes.json), loaded by the first component that asks. Until they
 * arrive, or if the file cannot be read, codes show without their names and code search waits.
 */
const codes = staticFile<CodeNames>('data/codes.json', async (json) => {
  const { codeTableSchema } = await import('./code-table-schema');
  return codeNames(codeTableSchema.parse(json));
});

const subscribe = (listener: () => void) => {
  codes.load();
  return codes.subscribe(listener);
};

/** For tests: hand the table in directly, or forget it. */
export const setCodeNames = codes.set;

/** The code names; with `load` false (a search box nobody has typed in yet) they are not fetched for this reader. */
export function useCodeNames(load = true): CodeNames | undefined {
  return useSyncExternalStore(load ? subscribe : codes.subscribe, codes.get);
}
