import type { Target } from '../../data/catalog-schema';
import { progressShare, targetFigures, unitSuffix } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { SourceList } from './source-list';

/** `foldSources`: where many targets are listed, their citations fold away one tap from view. */
export function TargetRow({ target, foldSources = false }: { target: Target; foldSources?: boolean }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const figures = targetFigures(target, locale);
  const share = progressShare(target);
  const baseline = figures.find((f) => f.role === 'baseline');
  const goal = figures.filter((f) => f.role === 'target').at(-1);
  const unit = unitSuffix(target, locale);
  return (
    <li className="target">
      <div className="target__indicator">
        {localize(target.indicator, locale)}
        {unit && <span className="target__unit">{unit}</span>}
      </div>
      {figures.some((f) => f.role === 'target') && (
        <div className="target__values">
          {figures.map((f) =>
            f.role === 'baseline' ? (
              <span key="baseline" className="target__baseline">
                {f.label}
                {t('figureSeparator')}
                {f.value}
              </span>
            ) : (
              <span key={f.year} className="target__value">
                {f.label}
                {t('figureSeparator')}
                <strong>{f.value}</strong>
              </span>
            ),
          )}
        </div>
      )}
      {share !== undefined && baseline && goal && (
        // Labelled at both ends: the bar compares the plan's baseline with its target; it is not progress made.
        <div className="target__range" role="img" aria-label={`${baseline.label} → ${goal.label}: ${Math.round(share * 100)}%`}>
          <span className="target__range-end">{baseline.label}</span>
          <span className="target__bar">
            <span style={{ width: `${share * 100}%` }} />
          </span>
          <span className="target__range-end">{goal.label}</span>
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
