import type { CatalogIndex } from '../../../data/catalog-index';
import type { Name } from '../../../data/catalog-schema';
import { lensScope, type LensSubject, type LensZone } from '../../../data/lens-scope';
import { localize } from '../../../i18n/localize';
import { messages, type Locale } from '../../../i18n/messages';
import type { Tour } from '../../../data/tour-schema';

/** The id of the tour of a lens's places; links carry it (`?mode=present&tour=family-finance`). */
export const lensTourId = ({ kind, id }: LensSubject) => `${kind}-${id}`;

/** The lens a tour id names, if it is the id of a lens's tour. */
export function lensOfTourId(tourId: string | null | undefined): LensSubject | undefined {
  const match = /^(family|industry)-(.+)$/.exec(tourId ?? '');
  return match ? { kind: match[1] as LensSubject['kind'], id: match[2]! } : undefined;
}

const inBoth = (make: (locale: Locale) => string): Name => ({ zh: make('zh'), en: make('en') });
const joined = (names: Name[], locale: Locale) => names.map((name) => localize(name, locale)).join(locale === 'zh' ? '、' : ', ');

/** A slide's line: the lens's name, the place's industries of a family, and how the place comes to have them. */
function caption({ industries, reason }: LensZone, lensName: Name, isFamily: boolean): Name {
  return inBoth((locale) => {
    const t = messages[locale];
    const parts = [localize(lensName, locale)];
    if (isFamily) parts[0] += `${locale === 'zh' ? '：' : ': '}${joined(industries.map((i) => i.name), locale)}`;
    if (reason.kind === 'carrier') parts.push(`${t.lensVia} ${joined(reason.carriers.map((c) => c.name), locale)}`);
    if (reason.kind === 'parent') parts.push(`${t.lensViaParent} ${localize(reason.parent.name, locale)}`);
    return parts.join(' · ');
  });
}

/**
 * A tour through every zone the industry lens shows for an industry or a family: plan by plan in the lens's
 * order, each plan's zones in its own order; every slide names the lens (and, for a family, the place's
 * industries of it) and how the place comes to have them. Undefined when the lens shows no zone.
 */
export function lensTour(index: CatalogIndex, subject: LensSubject): Tour | undefined {
  const scope = lensScope(index, subject);
  const places = scope?.groups.flatMap((group) => group.zones) ?? [];
  if (!scope || places.length === 0) return undefined;
  return {
    id: lensTourId(subject),
    industryIds: scope.industries.map((industry) => industry.id),
    name: inBoth((locale) => messages[locale].presentIndustryTour.replace('{industry}', localize(scope.name, locale))),
    planIds: [...new Set(places.map(({ zone }) => zone.planId))],
    steps: places.map((place) => ({ zoneId: place.zone.id, caption: caption(place, scope.name, subject.kind === 'family') })),
  };
}
