import type { Carrier } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { carrierKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { SourceList } from '../shared/source-list';
import '../shared/shared.css';

interface Props {
  carriers: Carrier[];
  /** Whether a carrier has a location (undefined: not known yet). */
  placed: (carrier: Carrier) => boolean | undefined;
  sources?: boolean;
}

/** Named carriers; one with a location can be shown on the map, one without says so. */
export function CarrierList({ carriers, placed, sources = true }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const focusedCarrierId = useAppStore((s) => s.focusedCarrierId);
  const carrierFocused = useAppStore((s) => s.carrierFocused);
  return (
    <ul className="carriers">
      {carriers.map((carrier) => (
        <li key={carrier.id} className="carrier">
          <div className="carrier__head">
            <span className="carrier__kind">{carrierKindTerms[carrier.kind][locale]}</span>
            <span className="carrier__name">{localize(carrier.name, locale)}</span>
            {carrier.areaKm2 && <span className="carrier__area">{carrier.areaKm2} km²</span>}
            {placed(carrier) === false && (
              <span className="badge badge--unplaced" title={t('unplacedHint')}>
                {t('unplaced')}
              </span>
            )}
            {placed(carrier) && (
              <button
                type="button"
                className="link-button"
                aria-pressed={carrier.id === focusedCarrierId}
                onClick={() => carrierFocused(carrier.id)}
                title={carrier.precision === 'exact' ? undefined : t('precisionApprox')}
              >
                {t('focusCarrier')}
              </button>
            )}
          </div>
          {/* A card lists many carriers: their sources fold away, one tap from view. */}
          {sources && (
            <details className="carrier__sources">
              <summary>
                {t('sources')} · {carrier.refs.length}
                {carrier.refs.some((ref) => ref.basis === 'inferred') && <span className="badge badge--inferred">{t('inferred')}</span>}
              </summary>
              <SourceList refs={carrier.refs} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
