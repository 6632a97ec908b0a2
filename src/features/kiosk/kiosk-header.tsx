import { useT } from '../../i18n/use-t';
import { LanguageSwitch } from '../shared/language-switch';

/** The kiosk's title and its language toggle; nothing a passer-by would have to type into. */
export function KioskHeader() {
  const t = useT();
  return (
    <header className="kiosk-header">
      <h1 className="kiosk-header__title">{t('appTitle')}</h1>
      <LanguageSwitch block="kiosk-languages" />
    </header>
  );
}
