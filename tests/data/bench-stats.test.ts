import { describe, expect, it } from 'vitest';
import { mean, median, p95, percentile, ratio, summarize } from '../../bench/lib/stats';

describe('bench stats', () => {
  it('takes the middle of an odd count regardless of order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder its input', () => {
    const samples = Object.freeze([3, 1, 2]);
    expect(median(samples)).toBe(2);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('uses nearest rank for percentiles, so p95 of five samples is the slowest', () => {
    expect(p95([10, 50, 20, 40, 30])).toBe(50);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    // The rank rounds up: 41 % of ten samples is rank 4.1, so the fifth.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 41)).toBe(5);
    expect(percentile([7, 3], 0)).toBe(3);
    expect(percentile([7, 3], 100)).toBe(7);
  });

  it('p95 of twenty samples is the nineteenth', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(p95(samples)).toBe(19);
  });

  it('gives NaN rather than throwing on empty input or a bad percentile', () => {
    expect(median([])).toBeNaN();
    expect(p95([])).toBeNaN();
    expect(mean([])).toBeNaN();
    expect(percentile([1, 2], 101)).toBeNaN();
  });

  it('summarizes samples', () => {
    expect(summarize([4, 2, 6, 8])).toEqual({ n: 4, median: 5, p95: 8, min: 2, max: 8, mean: 5 });
  });

  it('refuses ratios against zero or missing values', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});
