import type { Target } from '../../data/catalog-schema';
import { figureText, indicatorLabel, targetFigures } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useAppStore } from '../../state/store';

/** Sector targets on one line each: indicator (unit), then the baseline, the first and the last target. */
export function BriefTargets({ targets }: { targets: Target[] }) {
  const locale = useAppStore((s) => s.locale);
  const shown = (target: Target) => {
    const figures = targetFigures(target, locale);
    const baseline = figures.filter((f) => f.role === 'baseline');
    const years = figures.filter((f) => f.role === 'target');
    return [...baseline, ...(years.length > 2 ? [years[0]!, years.at(-1)!] : years)];
  };
  return (
    <ul className="ibrief__targets">
      {targets.map((target) => (
        <li key={target.id}>
          <span className="ibrief__indicator">{indicatorLabel(target, locale)}</span>{' '}
          {shown(target).map((figure, i) => (
            <span key={`${figure.role}-${figure.year}`} className="ibrief__year">
              {i > 0 && '→ '}
              {figureText(figure, locale)}
            </span>
          ))}
          {target.text && <span className="ibrief__year">{localize(target.text, locale)}</span>}
        </li>
      ))}
    </ul>
  );
}
