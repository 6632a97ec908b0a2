import type { Target } from '../../data/catalog-schema';
import { finalFigure, indicatorLabel } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/** A target in a narrow column: indicator with its unit, then the figure the plan is heading for. */
export function CompareTarget({ target }: { target: Target }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const last = finalFigure(target, locale);
  return (
    <li className="compare-target">
      <span className="compare-target__indicator">{indicatorLabel(target, locale)}</span>
      {last ? (
        <span className="compare-target__value">
          {last.label}
          {t('figureSeparator')}
          <strong>{last.value}</strong>
        </span>
      ) : (
        target.text && <span className="compare-target__value">{localize(target.text, locale)}</span>
      )}
    </li>
  );
}
