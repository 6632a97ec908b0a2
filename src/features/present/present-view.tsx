import { useEffect } from 'react';
import { useCatalogIndex, usePlansOfZones } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { tourStep } from '../shared/tour/tour-step';
import { ownFullscreenEnded, presentationLeft } from './present-actions';
import { PresentCard } from './present-card';
import { PresentControls } from './present-controls';
import { PresentTopBar } from './present-top-bar';
import { usePresentKeys } from './use-present-keys';
import { useStepFraming } from './use-step-framing';
import './present.css';
import './present-card.css';
import './present-controls.css';
import './present-phone.css';
import { panelMessages } from '../../i18n/messages-panels';

/**
 * The presentation over the map: tour bar, the zone as a slide, the step's caption and the step controls.
 * The map underneath stays live, so a question from the audience can still be answered by a tap.
 */
export function PresentView() {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const tours = useAppStore((s) => s.tours);
  const tourId = useAppStore((s) => s.tourId);
  const step = useAppStore((s) => s.tourStep);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const current = tours.status === 'ready' ? tourStep(tours.tours, tourId, step) : undefined;
  // A tour's slides cite the plans it passes through, fetched at once, not slide by slide, and a zone tapped
  // during questions its own plan.
  const index = useCatalogIndex(usePlansOfZones([...(current?.tour.steps.map((s) => s.zoneId) ?? []), selectedZoneId]));
  usePresentKeys();
  useStepFraming(current);

  useEffect(() => {
    // Leaving full screen (Esc is taken by the browser there) leaves the presentation it was opened for.
    const onChange = () => ownFullscreenEnded() && presentationLeft();
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // A zone tapped on the map during questions shows instead of the step's, until the next step.
  const zone = index?.zone(selectedZoneId ?? '') ?? (current && index?.zone(current.step.zoneId));

  return (
    <div className="present" data-testid="present" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      {tours.status === 'ready' && current ? (
        <>
          <PresentTopBar tours={tours.tours} tourId={current.tour.id} />
          {/* Focusable, so that a slide taller than its box (on a phone) scrolls from the keyboard too. */}
          <div className="present__card" tabIndex={0} role="region" aria-labelledby="present-card-title" data-map-overlay>
            {zone && index && <PresentCard zone={zone} index={index} topicIds={current.tour.industryIds} />}
          </div>
          <div className="present__bottom" data-map-overlay>
            {current.step.caption && (
              <p className="present__caption" data-testid="present-caption">
                {localize(current.step.caption, locale)}
              </p>
            )}
            <PresentControls current={current} />
            <p className="present__keys" aria-hidden="true">{t('presentKeys')}</p>
          </div>
        </>
      ) : (
        <div className="present__loading" role="status">
          <p>{t('presentLoading')}</p>
          <button type="button" className="present-top__exit" onClick={presentationLeft}>
            {t('presentExit')}
          </button>
        </div>
      )}
    </div>
  );
}
