import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import { localize } from '../../i18n/localize';
import { sectorTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { industriesBySector } from './lens-data';

interface Props {
  index: CatalogIndex;
  query: string;
  onQueryChange: (query: string) => void;
  onPick: (industryId: string) => void;
  /** The industry just cleared: its chip takes focus so a keyboard user keeps their place. */
  returnFocusTo?: string;
}

const nextKeys: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The filter and every industry in use, by sector; arrow keys move between chips, Tab still works. */
export function IndustryList({ index, query, onQueryChange, onPick, returnFocusTo }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const inputId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => industriesBySector(index, query), [index, query]);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const chips = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.lens-chip') ?? [])];

  useEffect(() => {
    if (returnFocusTo) chips().find((chip) => chip.dataset.industryId === returnFocusTo)?.focus();
  }, [returnFocusTo]);

  const onListKey = (event: KeyboardEvent) => {
    const move = nextKeys[event.key];
    const all = chips();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    if (!move || current < 0) return;
    event.preventDefault();
    all[move(current, all.length)]?.focus();
  };

  const onInputKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    chips()[0]?.focus();
  };

  return (
    <div className="lens-list">
      <label htmlFor={inputId} className="lens-list__label">
        {t('lensFilter')}
      </label>
      <input
        id={inputId}
        type="search"
        className="lens-list__input"
        value={query}
        autoComplete="off"
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onInputKey}
      />
      <div ref={listRef} onKeyDown={onListKey}>
        {groups.length === 0 && <p className="lens-empty">{t('lensNoMatch')}</p>}
        {groups.map(({ sector, items }) => (
          <section key={sector} className="lens-sector" aria-labelledby={`${inputId}-${sector}`}>
            <h3 id={`${inputId}-${sector}`} className="lens-heading">
              {sectorTerms[sector][locale]} <span className="count">{format.format(items.length)}</span>
            </h3>
            <ul className="chips">
              {items.map(({ industry, count }) => (
                <li key={industry.id}>
                  <button
                    type="button"
                    className="chip lens-chip"
                    data-industry-id={industry.id}
                    onClick={() => onPick(industry.id)}
                  >
                    {localize(industry.name, locale)}
                    <span className="lens-chip__count">
                      {format.format(count)}
                      <span className="visually-hidden"> {t('lensElements')}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
