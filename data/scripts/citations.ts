import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Ref } from '../../src/data/catalog-schema.ts';

export interface Misquote {
  at: string;
  ref: Ref;
  problem: string;
}

/** Extraction breaks lines and pads with spaces; a quote is compared with all whitespace removed. */
const squash = (text: string) => text.replace(/\s+/gu, '');

function* everyRef(catalog: Catalog): Generator<[string, Ref]> {
  for (const plan of catalog.plans) for (const ref of plan.refs) yield [`plans[${plan.id}]`, ref];
  for (const zone of catalog.zones) {
    for (const ref of zone.refs) yield [`zones[${zone.id}]`, ref];
    for (const core of zone.core ?? []) for (const ref of core.refs) yield [`zones[${zone.id}].core`, ref];
  }
  for (const carrier of catalog.carriers) for (const ref of carrier.refs) yield [`carriers[${carrier.id}]`, ref];
  for (const target of catalog.targets) for (const ref of target.refs) yield [`targets[${target.id}]`, ref];
  for (const task of catalog.tasks) for (const ref of task.refs) yield [`tasks[${task.id}]`, ref];
  for (const table of catalog.indicatorTables ?? []) {
    for (const ref of table.refs) yield [`indicatorTables[${table.id}]`, ref];
    for (const group of table.groups) for (const ref of group.refs) yield [`indicatorTables[${table.id}].groups`, ref];
  }
}

/** Every ref whose lines lie outside its document, or whose quote is not found within its lines. */
export function findMisquotes(catalog: Catalog, sourceLines: (sourceId: string) => string[]): Misquote[] {
  const misquotes: Misquote[] = [];
  for (const [at, ref] of everyRef(catalog)) {
    const lines = sourceLines(ref.source);
    const [from, to] = ref.lines;
    if (to > lines.length) {
      misquotes.push({ at, ref, problem: `lines ${from}–${to} beyond the document's ${lines.length} lines` });
    } else if (ref.quote && !squash(lines.slice(from - 1, to).join('')).includes(squash(ref.quote))) {
      misquotes.push({ at, ref, problem: `"${ref.quote}" not found in lines ${from}–${to}` });
    }
  }
  return misquotes;
}

/** Reads `<dir>/<sourceId>.txt` once per source. */
export function sourceReader(dir: string): (sourceId: string) => string[] {
  const cache = new Map<string, string[]>();
  return (sourceId) => {
    let lines = cache.get(sourceId);
    if (!lines) {
      lines = readFileSync(join(dir, `${sourceId}.txt`), 'utf8').split('\n');
      cache.set(sourceId, lines);
    }
    return lines;
  };
}
