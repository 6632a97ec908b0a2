import { settings } from '../config/env';
import { useT } from '../i18n/use-t';

/** Lower-left corner: data credits, the schematic note and, when configured, the 审图号. */
export function Attribution() {
  const t = useT();
  return (
    <footer className="attribution">
      {settings.reviewNumber && (
        <span className="attribution__review" data-testid="review-number">
          {t('reviewNumber')} {settings.reviewNumber}
        </span>
      )}
      <span>{t('schematicNote')}</span>
      <span>{t('dataCredits')}</span>
      {settings.onlineBaseMapUrl && <span>{settings.onlineBaseMapAttribution}</span>}
    </footer>
  );
}
