import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { familiesInUse } from './lens-data';
import { formatNumber } from '../../i18n/format';
import { lensMessages } from '../../i18n/messages-lens';

interface Props {
  index: CatalogIndex;
  query: string;
  onQueryChange: (query: string) => void;
  onPickFamily: (familyId: string) => void;
  onPickIndustry: (industryId: string) => void;
  /** The family or industry just cleared (`family:id` / `industry:id`): it takes focus so a keyboard user keeps their place. */
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

/** The filter and every family with its industries in use; arrow keys move between the buttons, Tab still works. */
export function LensList({ index, query, onQueryChange, onPickFamily, onPickIndustry, returnFocusTo }: Props) {
  const t = useT(lensMessages);
  const locale = useAppStore((s) => s.locale);
  const inputId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => familiesInUse(index, query), [index, query]);
  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.lens-chip') ?? [])];

  useEffect(() => {
    if (returnFocusTo) buttons().find((button) => button.dataset.lensKey === returnFocusTo)?.focus();
  }, [returnFocusTo]);

  const onListKey = (event: KeyboardEvent) => {
    const move = nextKeys[event.key];
    const all = buttons();
    const current = all.indexOf(document.activeElement as HTMLButtonElement);
    if (!move || current < 0) return;
    event.preventDefault();
    all[move(current, all.length)]?.focus();
  };

  const onInputKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    buttons()[0]?.focus();
  };

  const count = (n: number, label: string) => (
    <span className="lens-chip__count">
      {formatNumber(n, locale)}
      <span className="visually-hidden"> {label}</span>
    </span>
  );

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
        {groups.map(({ family, placeCount, items }) => (
          <section key={family.id} className="lens-family" aria-labelledby={`${inputId}-${family.id}`}>
            <h3 id={`${inputId}-${family.id}`} className="lens-family__heading">
              <button
                type="button"
                className="lens-chip lens-family__button"
                data-lens-key={`family:${family.id}`}
                onClick={() => onPickFamily(family.id)}
              >
                {localize(family.name, locale)}
                {count(placeCount, t('lensElements'))}
              </button>
            </h3>
            <ul className="chips">
              {items.map(({ industry, count: n }) => (
                <li key={industry.id}>
                  <button
                    type="button"
                    className="chip lens-chip"
                    data-industry-id={industry.id}
                    data-lens-key={`industry:${industry.id}`}
                    onClick={() => onPickIndustry(industry.id)}
                  >
                    {localize(industry.name, locale)}
                    {count(n, t('lensElements'))}
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
