import type { Ref } from './catalog-schema';

/** Refs as their documents and line ranges ("1204–1206", "88"), each range once, in the order cited. */
export function linesBySource(refs: readonly Ref[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const ref of refs) {
    const lines = ref.lines[0] === ref.lines[1] ? `${ref.lines[0]}` : `${ref.lines[0]}–${ref.lines[1]}`;
    const list = bySource.get(ref.source) ?? [];
    if (!list.includes(lines)) list.push(lines);
    bySource.set(ref.source, list);
  }
  return bySource;
}
