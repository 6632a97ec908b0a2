import type { Target } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import type { Locale } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { SourceList } from './source-list';

const formatValue = (value: number | string, locale: Locale) =>
  typeof value === 'number' ? new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US').format(value) : value;

/** The last year with a value: the target that the plan is heading for. */
export function finalValue(target: Target): [string, number | string] | undefined {
  return Object.entries(target.values).sort(([a], [b]) => a.localeCompare(b)).at(-1);
}

/** A bar from baseline to target, when both are numbers and the scale makes sense. */
export function progressShare(target: Target): number | undefined {
  const last = finalValue(target);
  const base = target.baseline?.value;
  if (!last || typeof last[1] !== 'number' || typeof base !== 'number' || last[1] <= 0 || base < 0) return undefined;
  return Math.min(1, base / last[1]);
}

export function TargetRow({ target }: { target: Target }) {
  const locale = useAppStore((s) => s.locale);
  const last = finalValue(target);
  const share = progressShare(target);
  const years = Object.entries(target.values).sort(([a], [b]) => a.localeCompare(b));
  return (
    <li className="target">
      <div className="target__indicator">
        {localize(target.indicator, locale)}
        {target.unit && <span className="target__unit">（{target.unit}）</span>}
      </div>
      {last && (
        <div className="target__values">
          {target.baseline && (
            <span className="target__baseline">
              {target.baseline.year}: {formatValue(target.baseline.value, locale)}
            </span>
          )}
          {years.map(([year, value]) => (
            <span key={year} className="target__value">
              {year}: <strong>{formatValue(value, locale)}</strong>
            </span>
          ))}
        </div>
      )}
      {share !== undefined && (
        <div className="target__bar" role="img" aria-label={`${Math.round(share * 100)}%`}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
      )}
      {target.text && <p className="target__text">{localize(target.text, locale)}</p>}
      <SourceList refs={target.refs} />
    </li>
  );
}
