import { ExportButton } from '../features/export/export-button';
import { PresentButton } from '../features/present/present-button';
import { SearchBox } from '../features/search/search-box';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { draftLaunch } from './draft-mode';
import { LanguageSwitch } from '../features/shared/language-switch';

export function Header() {
  const t = useT();
  const visit = useAppStore((s) => s.visit);
  return (
    <header className="header">
      <div className="header__titles">
        <h1 className="header__title">{t('appTitle')}</h1>
        <p className="header__subtitle">{t('appSubtitle')}</p>
      </div>
      <div className="header__search">
        {/* A new visit (a kiosk reset) gets an empty box. */}
        <SearchBox key={visit} />
      </div>
      <div className="header__actions">
        <ExportButton />
        <PresentButton />
        {/* Draft mode is its own page (`?mode=draft`), so its tools load only there. */}
        {!draftLaunch && (
          <a className="button header__draft" href="?mode=draft">
            {t('draftEnter')}
          </a>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
