import type { Target, TargetValue } from '../data/catalog-schema';
import { localize } from './localize';
import { messages, type Locale } from './messages';
import { formatNumber } from './format';

/**
 * How a target reads, in one place for every view that shows one (zone card, brief, compare, presentation):
 * values in the locale's number format or as the plan's phrase, the unit beside the indicator as the plan's
 * tables put it, and every year said as what it is — a baseline or a target — never as a bare year, since a
 * 2020 is a baseline in one plan and a target in another.
 */

/** A figure, or the phrase the plan gives instead of one (超1000 / over 1,000). */
export const formatTargetValue = (value: TargetValue, locale: Locale): string =>
  typeof value === 'number' ? formatNumber(value, locale) : localize(value, locale);

export interface TargetFigure {
  role: 'baseline' | 'target';
  year: string;
  /** "baseline 2020" / "2020年基期", "target 2025" / "2025年目标". */
  label: string;
  value: string;
  numeric: boolean;
}

const figure = (role: TargetFigure['role'], year: string, value: TargetValue, locale: Locale): TargetFigure => ({
  role,
  year,
  label: messages[locale][role === 'baseline' ? 'baselineYear' : 'targetYear'].replace('{year}', year),
  value: formatTargetValue(value, locale),
  numeric: typeof value === 'number',
});

const targetYears = (target: Target) => Object.entries(target.values).sort(([a], [b]) => a.localeCompare(b));

/** The baseline (if any), then each target year in order. */
export function targetFigures(target: Target, locale: Locale): TargetFigure[] {
  const { baseline } = target;
  return [
    ...(baseline ? [figure('baseline', String(baseline.year), baseline.value, locale)] : []),
    ...targetYears(target).map(([year, value]) => figure('target', year, value, locale)),
  ];
}

/** The last year with a value: the figure the plan is heading for. */
export function finalFigure(target: Target, locale: Locale): TargetFigure | undefined {
  const last = targetYears(target).at(-1);
  return last && figure('target', last[0], last[1], locale);
}

/** "baseline 2020: 10,588.5" — a figure as one line of text. */
export const figureText = (f: TargetFigure, locale: Locale) => `${f.label}${messages[locale].figureSeparator}${f.value}`;

const wholeWord = (words: string) => new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');

/**
 * The unit in the chosen language. English needs no measure word where the indicator already names what is
 * counted: "Law firms", not "Law firms (firms)".
 */
export function unitLabel(target: Target, locale: Locale): string | undefined {
  if (!target.unit) return undefined;
  const unit = localize(target.unit, locale);
  if (locale === 'en' && wholeWord(unit).test(localize(target.indicator, locale))) return undefined;
  return unit;
}

/** The unit as the plan's tables put it after an indicator: "（亿元）" / " (CNY 100 million)", or "". */
export function unitSuffix(target: Target, locale: Locale): string {
  const unit = unitLabel(target, locale);
  if (!unit) return '';
  return locale === 'zh' ? `（${unit}）` : ` (${unit})`;
}

/** "服务业增加值（亿元）" / "Service industry value added (CNY 100 million)". */
export const indicatorLabel = (target: Target, locale: Locale): string =>
  `${localize(target.indicator, locale)}${unitSuffix(target, locale)}`;

/** How far the baseline is towards the final target, when both are numbers and the scale makes sense. */
export function progressShare(target: Target): number | undefined {
  const last = targetYears(target).at(-1)?.[1];
  const base = target.baseline?.value;
  if (typeof last !== 'number' || typeof base !== 'number' || last <= 0 || base < 0) return undefined;
  return Math.min(1, base / last);
}
