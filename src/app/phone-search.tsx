import type { KeyboardEvent } from 'react';
import { SearchBox } from '../features/search/search-box';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';

/** The search field over the whole header; Esc, the arrow, a chosen result or the back gesture close it. */
export function PhoneSearch() {
  const t = useT();
  const visit = useAppStore((s) => s.visit);
  const close = () => useAppStore.getState().searchToggled(false);
  // The box keeps its first Escapes to close its list and empty itself; one that reaches here closes the field.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return (
    <div className="phone-search" onKeyDown={onKeyDown}>
      <button type="button" className="icon-button phone-header__button" aria-label={t('searchClose')} onClick={close}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d="M15 5 8 12l7 7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <SearchBox key={visit} autoFocus onChosen={close} />
    </div>
  );
}
