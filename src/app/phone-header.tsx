import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { PhoneMenu } from './phone-menu';
import { PhoneSearch } from './phone-search';

/**
 * The phone's header: the short title, a search button and one menu. The search field, once opened, takes
 * the whole header.
 */
export function PhoneHeader() {
  const t = useT();
  const searchOpen = useAppStore((s) => s.searchOpen);
  return (
    <header className="header phone-header">
      {searchOpen ? (
        <PhoneSearch />
      ) : (
        <>
          <h1 className="header__title phone-header__title">{t('appTitleShort')}</h1>
          <button
            type="button"
            className="icon-button phone-header__button"
            aria-label={t('searchLabel')}
            onClick={() => useAppStore.getState().searchToggled(true)}
            data-testid="search-open"
          >
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
          <PhoneMenu />
        </>
      )}
    </header>
  );
}
