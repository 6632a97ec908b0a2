import { useT } from '../i18n/use-t';
import { messages } from '../i18n/messages';
import { useAppStore } from '../state/store';

/** Shown in place of the map when WebGL is missing: both languages, since the switch may be out of reach. */
export function MapUnavailable() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const other = messages[locale === 'zh' ? 'en' : 'zh'];
  return (
    <div className="map-unavailable" role="alert">
      <h2>{t('noWebglTitle')}</h2>
      <p>{t('noWebglBody')}</p>
      <h2 className="map-unavailable__other">{other.noWebglTitle}</h2>
      <p className="map-unavailable__other">{other.noWebglBody}</p>
    </div>
  );
}
