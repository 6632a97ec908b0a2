import { memo } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import { localize } from '../../i18n/localize';
import type { Locale, MessageKey } from '../../i18n/messages';
import { lensMessages, type LensMessageKey } from '../../i18n/messages-lens';
import { carrierKindTerms, sectorTerms, zoneKindTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import type { SearchHit } from './search';
import { FamilyOptionCounts } from './family-option-counts';

export const typeLabels: Record<SearchHit['type'], MessageKey | LensMessageKey> = {
  family: 'kindFamily',
  zone: 'kindZone',
  carrier: 'kindCarrier',
  industry: 'kindIndustry',
};

/** The result's name in the chosen language, as shown in the list and left in the box once chosen. */
export function hitName(hit: SearchHit, index: CatalogIndex, locale: Locale): string {
  const find = { zone: index.zone, carrier: index.carrier, industry: index.industry, family: index.family }[hit.type];
  const item = find(hit.id);
  return item ? localize(item.name, locale) : hit.id;
}

/**
 * What tells two results with similar names apart: a zone's plan, a carrier's zone, an industry's sector (a
 * family's counts are `FamilyOptionCounts`).
 */
function hitContext(hit: SearchHit, index: CatalogIndex, locale: Locale): string {
  if (hit.type === 'zone') {
    const zone = index.zone(hit.id);
    const plan = zone && index.plan(zone.planId);
    return zone ? [plan && localize(plan.pattern, locale), zoneKindTerms[zone.kind][locale]].filter(Boolean).join(' · ') : '';
  }
  if (hit.type === 'carrier') {
    const carrier = index.carrier(hit.id);
    const zone = carrier?.zoneIds[0] ? index.zone(carrier.zoneIds[0]) : undefined;
    return carrier ? [carrierKindTerms[carrier.kind][locale], zone && localize(zone.name, locale)].filter(Boolean).join(' · ') : '';
  }
  const industry = index.industry(hit.id);
  return industry ? sectorTerms[industry.sector][locale] : '';
}

interface SearchOptionProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  index: CatalogIndex;
  locale: Locale;
  onChoose: (hit: SearchHit) => void;
}

/** The same row as shown: what it names and says, where it is, and what it does. A hit's rank is not shown. */
const sameRow = (a: SearchOptionProps, b: SearchOptionProps) =>
  a.hit.type === b.hit.type &&
  a.hit.id === b.hit.id &&
  a.hit.via === b.hit.via &&
  a.hit.viaIndustry === b.hit.viaIndustry &&
  a.id === b.id &&
  a.active === b.active &&
  a.index === b.index &&
  a.locale === b.locale &&
  a.onChoose === b.onChoose;

/**
 * One result in the list. A keystroke draws only the rows it changes: a result still in the list at the same
 * place is not drawn again.
 */
export const SearchOption = memo(function SearchOption({ hit, id, active, index, locale, onChoose }: SearchOptionProps) {
  const t = useT(lensMessages);
  const viaIndustry = hit.viaIndustry ? index.industry(hit.viaIndustry) : undefined;
  const via = viaIndustry ? localize(viaIndustry.name, locale) : hit.via;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="search-option"
      // Keeps focus in the input, so the list stays a combobox popup while it is tapped.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(hit)}
    >
      <span className={`search-option__type search-option__type--${hit.type}`}>{t(typeLabels[hit.type])}</span>
      <span className="search-option__text">
        <span className="search-option__name">
          {hitName(hit, index, locale)}
          {via && <span className="search-option__via"> （{via}）</span>}
        </span>
        <span className="search-option__context">
          {hit.type === 'family' ? <FamilyOptionCounts familyId={hit.id} index={index} locale={locale} /> : hitContext(hit, index, locale)}
        </span>
      </span>
    </div>
  );
}, sameRow);
