import type { Carrier } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { carrierKindTerms } from '../../i18n/terms';
import { useAppStore } from '../../state/store';
import { briefCaps, capList } from './brief-limits';
import { MoreNote } from './more-note';
import { formatNumber } from '../../i18n/format';

/** Carriers as a dense two-column list (name, kind, area); their own citations stay in the app. */
export function BriefCarriers({ carriers }: { carriers: Carrier[] }) {
  const locale = useAppStore((s) => s.locale);
  const { shown, more } = capList(carriers, briefCaps.carriers);
  return (
    <>
      <ul className="brief__columns brief__carriers">
        {shown.map((carrier) => (
          <li key={carrier.id}>
            <span className="brief__carrier-name">{localize(carrier.name, locale)}</span>
            <span className="brief__carrier-kind">
              {carrierKindTerms[carrier.kind][locale]}
              {carrier.areaKm2 !== undefined && ` · ${formatNumber(carrier.areaKm2, locale)} km²`}
            </span>
          </li>
        ))}
      </ul>
      <MoreNote count={more} />
    </>
  );
}
