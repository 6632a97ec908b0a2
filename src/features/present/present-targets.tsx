import type { Target } from '../../data/catalog-schema';
import { figureText, finalFigure, targetFigures, unitLabel } from '../../i18n/format-target';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { fill } from '../../i18n/fill';
import { panelMessages } from '../../i18n/messages-panels';

/** How many targets fit a slide as big numbers before the rest are only counted. */
const shown = 3;

/** Numbers first: a slide is read from across a room, and a number carries further than a sentence. */
const hasNumber = (target: Target) => Boolean(finalFigure(target, 'zh')?.numeric);
const byNumberFirst = (a: Target, b: Target) => Number(hasNumber(b)) - Number(hasNumber(a));

/** Key targets as big numbers with their unit and year; qualitative targets as one line each. */
export function PresentTargets({ targets }: { targets: Target[] }) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const sorted = [...targets].sort(byNumberFirst);
  return (
    <>
      <ul className="present-targets">
        {sorted.slice(0, shown).map((target) => {
          const last = finalFigure(target, locale);
          const baseline = targetFigures(target, locale).find((f) => f.role === 'baseline');
          const unit = unitLabel(target, locale);
          return (
            <li key={target.id} className="present-target">
              {last && (
                <span className={last.numeric ? 'present-target__number' : 'present-target__phrase'}>
                  {last.value}
                  {unit && last.numeric && <small> {unit}</small>}
                </span>
              )}
              <span className="present-target__label">
                {localize(target.indicator, locale)}
                {last && ` · ${last.label}`}
                {baseline && ` (${figureText(baseline, locale)})`}
              </span>
              {!last && target.text && <span className="present-target__phrase">{localize(target.text, locale)}</span>}
            </li>
          );
        })}
      </ul>
      {sorted.length > shown && <p className="present-more">{fill(t('presentMore'), { n: sorted.length - shown })}</p>}
    </>
  );
}
