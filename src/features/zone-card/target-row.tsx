import type { Target } from '../../data/catalog-schema';
import { progressShare, targetFigures, unitSuffix } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { SourceList } from './source-list';

export function TargetRow({ target }: { target: Target }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const figures = targetFigures(target, locale);
  const share = progressShare(target);
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
