import { useT } from '../i18n/use-t';
import { locales, type Locale } from '../i18n/messages';
import { useAppStore } from '../state/store';

const labels: Record<Locale, string> = { zh: '中文', en: 'English' };

export function LanguageSwitch() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const localeChosen = useAppStore((s) => s.localeChosen);
  return (
    <div className="segmented" role="group" aria-label={t('languageSwitch')}>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          className="segmented__option"
          aria-pressed={option === locale}
          onClick={() => localeChosen(option)}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
