import type { CatalogIndex } from '../../data/catalog-index';
import { lensScope } from '../../data/lens-scope';
import { cancelIdle, requestIdle } from './idle-callback';

/*
 * A family's option shows its counts ("6 个产业 · 17 处"), from the family's lens scope, which at 40 plans looks
 * through thousands of carriers: 5–25 ms a family in a busy browser. They are worked out while the browser is
 * idle, a family at a time, and never in a keystroke: an option shown before its family's counts are ready
 * shows its name at once and its counts when they are (`useFamilyCounts`).
 */

const workedOut = new WeakMap<CatalogIndex, Set<string>>();
const listeners = new Set<() => void>();
/** The families still to do for the index being worked on; a family an option waits for goes first. */
let pending: { index: CatalogIndex; familyIds: string[] } | undefined;

export const familyCountsReady = (index: CatalogIndex, familyId: string): boolean => workedOut.get(index)?.has(familyId) ?? false;

export function subscribeFamilyCounts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts a family an option is showing first in line. */
export function familyCountsWanted(index: CatalogIndex, familyId: string): void {
  if (pending?.index !== index || !pending.familyIds.includes(familyId)) return;
  pending.familyIds = [familyId, ...pending.familyIds.filter((id) => id !== familyId)];
}

function workOut(index: CatalogIndex, familyId: string): void {
  lensScope(index, { kind: 'family', id: familyId });
  let done = workedOut.get(index);
  if (!done) workedOut.set(index, (done = new Set()));
  done.add(familyId);
  for (const listener of listeners) listener();
}

/**
 * Works out every family's counts for an index while the browser is idle (no timeout: it never takes a
 * keystroke's turn). Returns a function that stops.
 */
export function workOutFamilyCounts(index: CatalogIndex): () => void {
  const work = { index, familyIds: index.catalog.families.map((family) => family.id).filter((id) => !familyCountsReady(index, id)) };
  pending = work;
  let handle: number | undefined;
  const next = () => {
    handle = work.familyIds.length ? requestIdle(() => {
      const id = work.familyIds.shift();
      if (id !== undefined) workOut(index, id);
      next();
    }) : undefined;
  };
  next();
  return () => {
    if (pending === work) pending = undefined;
    if (handle !== undefined) cancelIdle(handle);
  };
}
