import type { Target } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
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

/** `foldSources`: where many targets are listed, their citations fold away one tap from view. */
export function TargetRow({ target, foldSources = false }: { target: Target; foldSources?: boolean }) {
  const t = useT();
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
      {share !== undefined && last && target.baseline && (
        // Labelled at both ends: the bar compares the plan's baseline with its target; it is not progress made.
        <div
          className="target__range"
          role="img"
          aria-label={`${t('targetBaseline')} ${target.baseline.year} → ${t('targetGoal')} ${last[0]}: ${Math.round(share * 100)}%`}
        >
          <span className="target__range-end">
            {t('targetBaseline')} {target.baseline.year}
          </span>
          <span className="target__bar">
            <span style={{ width: `${share * 100}%` }} />
          </span>
          <span className="target__range-end">
            {t('targetGoal')} {last[0]}
          </span>
        </div>
      )}
      {target.text && <p className="target__text">{localize(target.text, locale)}</p>}
      {foldSources ? (
        <details className="target__sources">
          <summary>
            {t('sources')} · {target.refs.length}
          </summary>
          <SourceList refs={target.refs} />
        </details>
      ) : (
        <SourceList refs={target.refs} />
      )}
    </li>
  );
}
