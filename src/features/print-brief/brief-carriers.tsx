import type { Carrier } from '../../data/catalog-schema';
import { localize } from '../../i18n/localize';
import { carrierKindTerms } from '../../i18n/terms';
import { useAppStore } from '../../state/store';
import { briefCaps, capList } from './brief-limits';
import { MoreNote } from './more-note';

/** Carriers as a dense two-column list (name, kind, area); their own citations stay in the app. */
export function BriefCarriers({ carriers }: { carriers: Carrier[] }) {
  const locale = useAppStore((s) => s.locale);
  const { shown, more } = capList(carriers, briefCaps.carriers);
  const area = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <>
      <ul className="brief__columns brief__carriers">
        {shown.map((carrier) => (
          <li key={carrier.id}>
            <span className="brief__carrier-name">{localize(carrier.name, locale)}</span>
            <span className="brief__carrier-kind">
              {carrierKindTerms[carrier.kind][locale]}
              {carrier.areaKm2 !== undefined && ` · ${area.format(carrier.areaKm2)} km²`}
            </span>
          </li>
        ))}
      </ul>
      <MoreNote count={more} />
    </>
  );
}
