import type { Ref, Source } from '../../data/catalog-schema';
import type { LensScope } from '../../data/lens-scope';

export interface BriefSource {
  source: Source;
  /** The first line of every fact the brief cites from the document, in order. */
  lines: number[];
}

/** Every document the brief cites, with the lines its places, targets and tasks come from. */
export function briefSources(scope: LensScope, sources: Source[]): BriefSource[] {
  const refs: Ref[] = [
    ...scope.groups.flatMap((group) => [...group.zones.map((z) => z.ref), ...group.carriers.map((c) => c.ref)]).flatMap((ref) => ref ?? []),
    ...scope.targets.flatMap((target) => target.refs.slice(0, 1)),
    ...scope.tasks.flatMap((task) => task.refs.slice(0, 1)),
  ];
  return sources.flatMap((source) => {
    const lines = [...new Set(refs.filter((ref) => ref.source === source.id).map((ref) => ref.lines[0]))].sort((a, b) => a - b);
    return lines.length ? [{ source, lines }] : [];
  });
}

/** Line numbers as runs: 553, 555, 556, 557, 579 → "553, 555–557, 579". */
export function lineRuns(lines: number[]): string {
  const runs: [number, number][] = [];
  for (const line of lines) {
    const last = runs.at(-1);
    if (last && line <= last[1] + 1) last[1] = line;
    else runs.push([line, line]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}
