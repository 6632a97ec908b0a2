import { useT } from '../../i18n/use-t';
import { locales, type Locale } from '../../i18n/messages';
import { useAppStore } from '../../state/store';

/** Each language named in itself, so a reader of only one finds it. */
const names: Record<Locale, string> = { zh: '中文', en: 'English' };

/**
 * The two languages as a pressed/unpressed pair. `block` is the CSS block the buttons are styled by: the
 * header's small segmented control, or the kiosk's large buttons (whose choice a kiosk reset undoes).
 */
export function LanguageSwitch({ block = 'segmented' }: { block?: 'segmented' | 'kiosk-languages' }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const localeChosen = useAppStore((s) => s.localeChosen);
  return (
    <div className={block} role="group" aria-label={t('languageSwitch')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          className={`${block}__option`}
          aria-pressed={option === locale}
          onClick={() => localeChosen(option)}
        >
          {names[option]}
        </button>
      ))}
    </div>
  );
}
