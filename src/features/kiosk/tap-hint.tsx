import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';

/** What a visitor can do here, said once and plainly. */
export function TapHint() {
  const t = useT(kioskMessages);
  return (
    <p className="kiosk-hint" data-testid="kiosk-hint">
      <span className="kiosk-hint__finger" aria-hidden="true" />
      {t('kioskTapHint')}
    </p>
  );
}
