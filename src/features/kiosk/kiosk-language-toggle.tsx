import { locales, type Locale } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/** Each language named in itself, so a visitor who reads only one finds it. */
const names: Record<Locale, string> = { zh: '中文', en: 'English' };

/** Two large buttons; the choice lasts the visit and a kiosk reset returns to Chinese. */
export function KioskLanguageToggle() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const localeChosen = useAppStore((s) => s.localeChosen);
  return (
    <div className="kiosk-languages" role="group" aria-label={t('languageSwitch')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          className="kiosk-languages__option"
          aria-pressed={option === locale}
          onClick={() => localeChosen(option)}
        >
          {names[option]}
        </button>
      ))}
    </div>
  );
}
