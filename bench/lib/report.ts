/** One line of a scenario's table: a metric measured on the app and, where it applies, on the bare page. */
export interface Row {
  metric: string;
  unit: string;
  app: number;
  bare?: number;
  ratio?: number;
  /** Human-readable target, e.g. "ratio ≤ 1.3". */
  target?: string;
  ok?: boolean;
}

const formatNumber = (value: number | undefined, unit: string): string => {
  if (value === undefined) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  const digits = unit === 'ratio' ? 2 : Math.abs(value) >= 100 ? 0 : 1;
  return value.toFixed(digits);
};

/** A plain-text table that reads well in a terminal and pasted into a review. */
export function formatTable(title: string, rows: Row[]): string {
  const header = ['metric', 'app (median)', 'bare (median)', 'app/bare', 'target', 'ok?'];
  const body = rows.map((r) => [
    `${r.metric} (${r.unit})`,
    formatNumber(r.app, r.unit),
    formatNumber(r.bare, r.unit),
    formatNumber(r.ratio, 'ratio'),
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [title, line(header), rule, ...body.map(line)].join('\n');
}
