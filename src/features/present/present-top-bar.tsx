import { localize } from '../../i18n/localize';
import { locales } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import type { Tour } from '../../data/tour-schema';
import { presentationLeft } from './present-actions';

const localeLabels = { zh: '中文', en: 'EN' } as const;

/** The tour's name (and a switch to another tour), the language, and the way out. */
export function PresentTopBar({ tours, tourId }: { tours: Tour[]; tourId: string }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const localeChosen = useAppStore((s) => s.localeChosen);
  const tourStarted = useAppStore((s) => s.tourStarted);
  return (
    <div className="present-top" data-map-overlay>
      <label className="present-top__tour">
        <span className="present-top__label phone-visually-hidden">{t('presentTour')}</span>
        <select
          value={tourId}
          onChange={(event) => {
            tourStarted(event.target.value, 0);
            // Hand the arrow keys back to the slides.
            event.target.blur();
          }}
        >
          {tours.map((tour) => (
            <option key={tour.id} value={tour.id}>
              {localize(tour.name, locale)}
            </option>
          ))}
        </select>
      </label>
      <div className="present-top__actions">
        <div className="present-top__langs" role="group" aria-label={t('languageSwitch')}>
          {locales.map((option) => (
            <button key={option} type="button" lang={option === 'zh' ? 'zh-CN' : 'en'} aria-pressed={option === locale} onClick={() => localeChosen(option)}>
              {localeLabels[option]}
            </button>
          ))}
        </div>
        <button type="button" className="present-top__exit" onClick={presentationLeft} aria-keyshortcuts="Escape">
          <span aria-hidden="true">✕</span> {t('presentExit')}
        </button>
      </div>
    </div>
  );
}
