import { useEffect, useRef } from 'react';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../../i18n/format';

interface Props {
  secondsLeft: number;
  onKeepExploring: () => void;
}

/** "Still there?": a modal countdown with one big button; a touch anywhere on it also counts as "yes". */
export function CountdownOverlay({ secondsLeft, onKeepExploring }: Props) {
  const t = useT(kioskMessages);
  const locale = useAppStore((s) => s.locale);
  const other = kioskMessages[locale === 'zh' ? 'en' : 'zh'];
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const number = formatNumber(secondsLeft, locale);
  return (
    <div
      className="kiosk-countdown"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-countdown-title"
      data-testid="kiosk-countdown"
      onClick={onKeepExploring}
    >
      <div className="kiosk-countdown__card">
        <h2 id="kiosk-countdown-title">{t('kioskStillThere')}</h2>
        <p className="kiosk-countdown__number" aria-hidden="true">{number}</p>
        <p aria-live="polite">{t('kioskReturning').replace('{n}', number)}</p>
        <button ref={button} type="button" className="button button--primary kiosk-countdown__keep" onClick={onKeepExploring}>
          <span>{t('kioskKeepExploring')}</span>
          <span className="kiosk-countdown__other" lang={locale === 'zh' ? 'en' : 'zh-CN'}>{other.kioskKeepExploring}</span>
        </button>
      </div>
    </div>
  );
}
