import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLinksIndex } from '../../state/use-catalog';
import { useCodeNames } from '../../data/use-code-table';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import type { SearchHit } from './search';
import { useSearchIndex } from './use-search-index';
import { useSearchSource } from './use-search-source';
import './search.css';

/**
 * One box in the header for families, industries, zones and carriers (zh, en, pinyin) and GB/T 4754 codes, as an
 * ARIA combobox. On a phone it sits in a field opened from the header (`autoFocus`), which closes once a
 * result is chosen.
 */
export function SearchBox({ autoFocus, onChosen }: { autoFocus?: boolean; onChosen?: () => void } = {}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const index = useLinksIndex();
  const pinyin = useSearchIndex();
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const { engine, source } = useSearchSource(index, pinyin, used || query !== '');
  // Fetched once someone types: the first view has no use for them.
  const codeNames = useCodeNames(query.trim() !== '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-option-${i}`;

  const results = useMemo(
    () => (index && engine ? engine.searchResults(index, source, codeNames, query, locale) : undefined),
    [index, engine, source, codeNames, query, locale],
  );
  const hits = results?.hits ?? [];
  const hasQuery = query.trim() !== '';
  // Nothing by name while the pinyin keys are on their way is not yet "no results".
  const none = results && !pinyin.loading ? results.none : t('loading');
  const expanded = open && hits.length > 0;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${baseId}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, baseId]);

  const choose = (hit: SearchHit) => {
    const store = useAppStore.getState();
    if (hit.type === 'zone') store.zoneSelected(hit.id);
    else if (hit.type === 'industry') store.industryPicked(hit.id);
    else if (hit.type === 'family') store.familyPicked(hit.id);
    else {
      const zoneId = index?.carrier(hit.id)?.zoneIds[0];
      // zoneSelected clears the focused carrier, so the carrier is focused after it.
      if (zoneId) store.zoneSelected(zoneId);
      store.carrierFocused(hit.id);
    }
    if (index && engine) setQuery(engine.hitName(hit, index, locale));
    setOpen(false);
    setActive(-1);
    onChosen?.();
  };
  // The list's rows keep one `onChoose` while the box re-renders with each keystroke, so unchanged rows are not drawn again.
  const chooseLatest = useRef(choose);
  chooseLatest.current = choose;
  const onChoose = useCallback((hit: SearchHit) => chooseLatest.current(hit), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (!expanded ? (step > 0 ? 0 : hits.length - 1) : (current + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      const hit = expanded ? (hits[active] ?? hits[0]) : undefined;
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      // The app clears the selection on Escape; here it only closes the list, or then empties the box.
      if (open || hasQuery) event.stopPropagation();
      if (open) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search-box" role="search">
      <input
        type="text"
        className="search-box__input"
        role="combobox"
        aria-label={t('searchLabel')}
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          setUsed(true);
          useAppStore.getState().catalogNeeded();
          if (hasQuery) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onClick={() => hasQuery && setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {hasQuery && (
        <button
          type="button"
          className="search-box__clear"
          aria-label={t('searchClear')}
          onClick={() => {
            setQuery('');
            setActive(-1);
          }}
        >
          ×
        </button>
      )}
      <div id={listId} role="listbox" aria-label={t('searchLabel')} className="search-box__list" hidden={!expanded}>
        {expanded && index && engine && (
          <engine.SearchGroups groups={results!.groups} active={active} optionId={optionId} index={index} locale={locale} onChoose={onChoose} />
        )}
      </div>
      {open && hasQuery && hits.length === 0 && (
        <p className="search-box__none" aria-hidden="true" data-testid="search-none">
          {none}
        </p>
      )}
      <span className="visually-hidden" role="status">
        {open && hasQuery ? (hits.length > 0 ? `${t('searchCount')}${hits.length}` : none) : ''}
      </span>
    </div>
  );
}
