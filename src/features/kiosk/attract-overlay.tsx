import { fill } from '../../i18n/fill';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';
import { tourStep } from '../shared/tour/tour-step';

/**
 * Over the map while nobody is there: which sequence is playing and what this place is, at the top, and the
 * invitation to touch, in both languages at once since nobody has chosen one yet, at the foot. Both are
 * marked as covering the map, so the camera frames each zone in the part between them. It only shows: the
 * first touch anywhere is caught by the kiosk cycle before it reaches anything else.
 */
export function AttractOverlay() {
  const t = useT(kioskMessages);
  const tours = useAppStore((s) => s.tours);
  const tourId = useAppStore((s) => s.tourId);
  const step = useAppStore((s) => s.tourStep);
  const locale = useAppStore((s) => s.locale);
  const current = tours.status === 'ready' && tourId ? tourStep(tours.tours, tourId, step) : undefined;
  return (
    <div className="kiosk-attract" data-testid="kiosk-attract">
      {current && (
        <p className="kiosk-attract__caption" aria-live="off" data-map-overlay>
          <span className="kiosk-attract__sequence">
            {localize(current.tour.name, locale)}
            <span className="kiosk-attract__step">{fill(t('kioskStep'), { n: current.index + 1, total: current.total })}</span>
          </span>
          {current.step.caption && <strong>{localize(current.step.caption, locale)}</strong>}
        </p>
      )}
      <div className="kiosk-attract__invite" role="status" data-map-overlay>
        <span className="kiosk-attract__hand" aria-hidden="true" />
        <span lang="zh-CN" className="kiosk-attract__zh">{kioskMessages.zh.kioskInvite}</span>
        <span lang="en" className="kiosk-attract__en">{kioskMessages.en.kioskInvite}</span>
      </div>
    </div>
  );
}
