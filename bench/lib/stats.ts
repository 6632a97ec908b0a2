/** Summary statistics for benchmark samples. Pure functions; empty input gives NaN, never a throw. */

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile (0–100) by the nearest-rank method: always one of the samples, so a p95 of five
 * samples is honestly the slowest one rather than an interpolated value nobody measured.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0 || !(p >= 0 && p <= 100)) return Number.NaN;
  const s = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

export const p95 = (values: readonly number[]): number => percentile(values, 95);

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    n: s.length,
    median: median(s),
    p95: p95(s),
    min: s.length ? s[0]! : Number.NaN,
    max: s.length ? s[s.length - 1]! : Number.NaN,
    mean: mean(s),
  };
}

/** a / b, or NaN when either side is missing or b is zero (a ratio against nothing means nothing). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}
