import type { Target } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

/** Sector targets on one line each: indicator (unit), then the first and the last year's value. */
export function BriefTargets({ targets }: { targets: Target[] }) {
  const locale = useAppStore((s) => s.locale);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  const value = (v: number | string) => (typeof v === 'number' ? format.format(v) : v);
  const ends = (target: Target) => {
    const years = Object.entries(target.values).sort(([a], [b]) => a.localeCompare(b));
    return years.length > 2 ? [years[0]!, years.at(-1)!] : years;
  };
  return (
    <ul className="ibrief__targets">
      {targets.map((target) => (
        <li key={target.id}>
          <span className="ibrief__indicator">
            {localize(target.indicator, locale)}
            {target.unit && ` (${target.unit})`}
          </span>{' '}
          {target.baseline && (
            <span className="ibrief__year">
              {target.baseline.year} {value(target.baseline.value)} →{' '}
            </span>
          )}
          {ends(target).map(([year, v], i) => (
            <span key={year} className="ibrief__year">
              {i > 0 && '→ '}
              {year} <strong>{value(v)}</strong>
            </span>
          ))}
          {target.text && <span className="ibrief__year">{localize(target.text, locale)}</span>}
        </li>
      ))}
    </ul>
  );
}
