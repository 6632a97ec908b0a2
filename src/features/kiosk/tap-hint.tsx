import { useT } from '../../i18n/use-t';

/** What a visitor can do here, said once and plainly. */
export function TapHint() {
  const t = useT();
  return (
    <p className="kiosk-hint" data-testid="kiosk-hint">
      <span className="kiosk-hint__finger" aria-hidden="true" />
      {t('kioskTapHint')}
    </p>
  );
}
