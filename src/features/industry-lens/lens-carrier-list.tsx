import type { Carrier } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { placeName } from '../../i18n/place-names';
import { carrierKindTerms } from '../../i18n/terms';
import { useAppStore } from '../../state/store';

/** Carriers with the industry; choosing one opens its zone and points the map at it. */
export function LensCarrierList({ carriers }: { carriers: Carrier[] }) {
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const carrierFocused = useAppStore((s) => s.carrierFocused);

  const choose = (carrier: Carrier) => {
    // zoneSelected clears the focused carrier, so the zone goes first.
    const zoneId = carrier.zoneIds[0];
    if (zoneId) zoneSelected(zoneId);
    if (carrier.coord) carrierFocused(carrier.id);
  };

  return (
    <ul className="lens-results">
      {carriers.map((carrier) => {
        const body = (
          <>
            <span className="lens-result__kind">{carrierKindTerms[carrier.kind][locale]}</span>
            <span className="lens-result__name">{localize(carrier.name, locale)}</span>
            {carrier.district && <span className="lens-result__meta">{placeName(carrier.district, locale)}</span>}
          </>
        );
        // A carrier with neither a place nor a zone has nowhere to take the user.
        const actionable = carrier.coord !== undefined || carrier.zoneIds.length > 0;
        return (
          <li key={carrier.id}>
            {actionable ? (
              <button type="button" className="lens-result" onClick={() => choose(carrier)}>
                {body}
              </button>
            ) : (
              <div className="lens-result lens-result--static">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
