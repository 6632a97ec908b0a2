import type { Target } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { finalValue } from '../zone-card/target-row';
import { fill } from '../../i18n/fill';

/** How many targets fit a slide as big numbers before the rest are only counted. */
const shown = 3;

/** Numbers first: a slide is read from across a room, and a number carries further than a sentence. */
const byNumberFirst = (a: Target, b: Target) =>
  Number(typeof finalValue(b)?.[1] === 'number') - Number(typeof finalValue(a)?.[1] === 'number');

/** Key targets as big numbers with their unit and year; qualitative targets as one line each. */
export function PresentTargets({ targets }: { targets: Target[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const sorted = [...targets].sort(byNumberFirst);
  return (
    <>
      <ul className="present-targets">
        {sorted.slice(0, shown).map((target) => {
          const last = finalValue(target);
          const value = last?.[1];
          return (
            <li key={target.id} className="present-target">
              {value !== undefined && (
                <span className={typeof value === 'number' ? 'present-target__number' : 'present-target__phrase'}>
                  {typeof value === 'number' ? format.format(value) : value}
                  {target.unit && typeof value === 'number' && <small> {target.unit}</small>}
                </span>
              )}
              <span className="present-target__label">
                {localize(target.indicator, locale)}
                {last && ` · ${last[0]}`}
                {target.baseline && ` (${target.baseline.year}: ${typeof target.baseline.value === 'number' ? format.format(target.baseline.value) : target.baseline.value})`}
              </span>
              {value === undefined && target.text && <span className="present-target__phrase">{localize(target.text, locale)}</span>}
            </li>
          );
        })}
      </ul>
      {sorted.length > shown && <p className="present-more">{fill(t('presentMore'), { n: sorted.length - shown })}</p>}
    </>
  );
}
