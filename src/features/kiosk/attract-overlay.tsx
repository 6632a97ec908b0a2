import { localize } from '../../i18n/localize';
import { messages } from '../../i18n/messages';
import { useAppStore } from '../../state/store';
import { tourStep } from '../shared/tour/tour-step';
import { useCatalogIndex } from '../../state/use-catalog';

/**
 * The invitation over the attract loop, in both languages at once since nobody has chosen one yet. It only
 * shows: the first touch anywhere is caught by the kiosk cycle before it reaches anything else.
 */
export function AttractOverlay() {
  const index = useCatalogIndex();
  const tours = useAppStore((s) => s.tours);
  const tourId = useAppStore((s) => s.tourId);
  const step = useAppStore((s) => s.tourStep);
  const locale = useAppStore((s) => s.locale);
  const current = tours.status === 'ready' && tourId ? tourStep(tours.tours, tourId, step) : undefined;
  const zone = current && index?.zone(current.step.zoneId);
  return (
    <div className="kiosk-attract" data-testid="kiosk-attract">
      {zone && (
        <p className="kiosk-attract__caption" aria-live="off" data-map-overlay>
          <strong>{localize(zone.name, locale)}</strong>
          {current.step.caption && <span>{localize(current.step.caption, locale)}</span>}
        </p>
      )}
      <div className="kiosk-attract__invite" role="status" data-map-overlay>
        <span className="kiosk-attract__hand" aria-hidden="true" />
        <span lang="zh-CN" className="kiosk-attract__zh">{messages.zh.kioskInvite}</span>
        <span lang="en" className="kiosk-attract__en">{messages.en.kioskInvite}</span>
      </div>
    </div>
  );
}
