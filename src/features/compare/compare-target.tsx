import type { Target } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';
import { finalValue } from '../zone-card/target-row';

/** A target in a narrow column: indicator, then the value the plan is heading for and its year. */
export function CompareTarget({ target }: { target: Target }) {
  const locale = useAppStore((s) => s.locale);
  const last = finalValue(target);
  const value = last && (typeof last[1] === 'number' ? new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US').format(last[1]) : last[1]);
  return (
    <li className="compare-target">
      <span className="compare-target__indicator">{localize(target.indicator, locale)}</span>
      {last ? (
        <span className="compare-target__value">
          {last[0]}: <strong>{value}</strong>
          {target.unit && ` ${target.unit}`}
        </span>
      ) : (
        target.text && <span className="compare-target__value">{localize(target.text, locale)}</span>
      )}
    </li>
  );
}
