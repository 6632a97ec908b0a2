import type { Catalog } from '../../data/catalog-schema';
import type { SearchEntry } from '../../data/search-index-schema';
import { requestIdle } from '../../state/idle-callback';
import { searchTableSteps, type SearchTable } from './search-table';

/*
 * The search's table is built once per catalog and set of pinyin keys, while the browser is idle, a slice at a
 * time (tens of thousands of names at 40 plans): not by the first keystroke, and never in one long task. One
 * build at a time, for the latest inputs; a query that comes before it is done finishes it at once.
 */

interface Build {
  catalog: Catalog;
  entries: readonly SearchEntry[];
  steps: Generator<void, SearchTable>;
  table?: SearchTable;
}

let build: Build | undefined;
let idle: number | undefined;
const noPinyin: readonly SearchEntry[] = [];
/** Leaves the browser this much of an idle period, for a tap or a frame that comes in. */
const marginMs = 2;

function step(current: Build): void {
  try {
    const next = current.steps.next();
    if (next.done) current.table = next.value;
  } catch (error) {
    // A generator that threw is finished: the next attempt starts again.
    if (build === current) build = undefined;
    throw error;
  }
}

function buildFor(catalog: Catalog, entries: readonly SearchEntry[]): Build {
  if (build?.catalog !== catalog || build.entries !== entries) build = { catalog, entries, steps: searchTableSteps(catalog, entries, 250) };
  return build;
}

function workWhenIdle(): void {
  if (idle !== undefined) return;
  idle = requestIdle((deadline) => {
    idle = undefined;
    const current = build;
    // A query may have finished it meanwhile.
    if (!current || current.table) return;
    // A slice at least, then more while the browser stays idle.
    do step(current);
    while (!current.table && deadline.timeRemaining() > marginMs);
    if (!current.table) workWhenIdle();
  }, 1000);
}

/** Starts building the table for a catalog and its pinyin keys while the browser is idle. */
export function prepareSearchTable(catalog: Catalog, entries: readonly SearchEntry[] = noPinyin): void {
  if (!buildFor(catalog, entries).table) workWhenIdle();
}

/** The table for a catalog and its pinyin keys, finishing its build now if it is not done. */
export function searchTableNow(catalog: Catalog, entries: readonly SearchEntry[] = noPinyin): SearchTable {
  const current = buildFor(catalog, entries);
  while (!current.table) step(current);
  return current.table;
}
