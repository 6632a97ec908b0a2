import type { CatalogIndex } from '../../data/catalog-index';
import type { Name } from '../../data/catalog-schema';
import { messages, type Locale } from '../../i18n/messages';
import type { Tour } from './tour-schema';

const prefix = 'industry-';

/** The id of the tour of an industry's places; links carry it (`?mode=present&tour=industry-…`). */
export const industryTourId = (industryId: string) => `${prefix}${industryId}`;

const inBoth = (make: (locale: Locale) => string): Name => ({ zh: make('zh'), en: make('en') });

/**
 * A tour through every zone assigned the industry (itself or through a carrier), plan by plan in the
 * catalog's order and each plan's zones in its own order; every slide names the industry, and the carriers
 * that bring it where the zone has it only through them. Undefined when nothing is assigned it.
 */
export function industryTour(index: CatalogIndex, industryId: string): Tour | undefined {
  const industry = index.industry(industryId);
  if (!industry) return undefined;
  const planOrder = new Map(index.catalog.plans.map((plan, i) => [plan.id, i]));
  const zones = [...index.zonesOfIndustry(industryId)].sort((a, b) => planOrder.get(a.planId)! - planOrder.get(b.planId)!);
  if (zones.length === 0) return undefined;
  const name = (locale: Locale) => (locale === 'en' ? (industry.name.en ?? industry.name.zh) : industry.name.zh);
  return {
    id: industryTourId(industryId),
    industryId,
    name: inBoth((locale) => messages[locale].presentIndustryTour.replace('{industry}', name(locale))),
    planIds: [...new Set(zones.map((zone) => zone.planId))],
    steps: zones.map((zone) => {
      const via = zone.industryIds.includes(industryId)
        ? []
        : zone.carrierIds.flatMap((id) => index.carrier(id) ?? []).filter((carrier) => carrier.industryIds.includes(industryId));
      const caption = (locale: Locale) => {
        if (via.length === 0) return name(locale);
        const carriers = via.map((c) => (locale === 'en' ? (c.name.en ?? c.name.zh) : c.name.zh)).join(locale === 'zh' ? '、' : ', ');
        return `${name(locale)} · ${messages[locale].lensVia} ${carriers}`;
      };
      return { zoneId: zone.id, caption: inBoth(caption) };
    }),
  };
}

/** The industry a tour id names, if it is the id of an industry tour. */
export const industryOfTourId = (tourId: string | null | undefined): string | undefined =>
  tourId?.startsWith(prefix) ? tourId.slice(prefix.length) : undefined;
