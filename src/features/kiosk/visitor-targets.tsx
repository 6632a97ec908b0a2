import type { Target } from '../../data/catalog-schema';
import { finalFigure, unitLabel } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

/** A headline target as a passer-by reads it: the figure and its unit large, or the plan's aim in its words. */
export function VisitorTargets({ targets }: { targets: Target[] }) {
  const locale = useAppStore((s) => s.locale);
  return (
    <ul className="visitor-targets">
      {targets.map((target) => {
        const last = finalFigure(target, locale);
        const unit = unitLabel(target, locale);
        return (
          <li key={target.id} className="visitor-target">
            {last?.numeric ? (
              <>
                <span className="visitor-target__number">
                  {last.value}
                  {unit && <small> {unit}</small>}
                </span>
                <span className="visitor-target__label">
                  {localize(target.indicator, locale)} · {last.label}
                </span>
              </>
            ) : (
              <span className="visitor-target__aim">{target.text ? localize(target.text, locale) : last?.value}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
