import type { CatalogIndex } from '../../data/catalog-index';
import { lensScope } from '../../data/lens-scope';
import { cancelIdle, requestIdle } from '../../state/idle-callback';

/*
 * A family's option shows its counts ("6 个产业 · 17 处"), from the family's lens scope, which at 40 plans looks
 * through thousands of carriers: 5–25 ms a family in a busy browser. They are worked out while the browser is
 * idle, a family at a time, and never in a keystroke: an option shown before its family's counts are ready
 * shows its name at once and its counts when they are (`useFamilyCounts`).
 */

const workedOut = new WeakMap<CatalogIndex, Set<string>>();
const listeners = new Set<() => void>();
/** The families still to do for an index, in the order they will be; a family an option waits for goes first. */
const queues = new WeakMap<CatalogIndex, string[]>();

export const familyCountsReady = (index: CatalogIndex, familyId: string): boolean => workedOut.get(index)?.has(familyId) ?? false;

export function subscribeFamilyCounts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function queueOf(index: CatalogIndex): string[] {
  let queue = queues.get(index);
  if (!queue) queues.set(index, (queue = index.catalog.families.map((family) => family.id)));
  return queue;
}

/** Puts a family an option is showing first in line (the option's effect may run before the work starts). */
export function familyCountsWanted(index: CatalogIndex, familyId: string): void {
  const queue = queueOf(index);
  const at = queue.indexOf(familyId);
  if (at > 0) queue.unshift(...queue.splice(at, 1));
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
  const queue = queueOf(index);
  let handle: number | undefined;
  const next = () => {
    handle = queue.length
      ? requestIdle(() => {
          const id = queue.shift();
          if (id !== undefined && !familyCountsReady(index, id)) workOut(index, id);
          next();
        })
      : undefined;
  };
  next();
  return () => {
    if (handle !== undefined) cancelIdle(handle);
  };
}
