import { settings } from '../../config/env';
import type { CatalogIndex } from '../../data/catalog-index';
import type { ZoneKind } from '../../data/catalog-schema';
import { lensScope } from '../../data/lens-scope';
import { rankedIndustries } from '../../data/ranked-industries';
import { zoneColors } from '../../data/zone-colors';
import { fill } from '../../i18n/fill';
import { localize } from '../../i18n/localize';
import { messages, type Locale } from '../../i18n/messages';
import { zoneKindTerms } from '../../i18n/terms';
import { lensSubjectOf } from '../../state/slices/lens-slice';
import type { AppState } from '../../state/store';
import { mapMarks } from '../../config/design-tokens';
import { formatDate, formatNumber, isoDate } from '../../i18n/format';
import { panelMessages } from '../../i18n/messages-panels';

export type LegendEntry = { type: 'plan'; text: string } | { type: 'zone'; text: string; color: string; kind: ZoneKind } | { type: 'more'; text: string };

/** Everything written on an exported image, already in the chosen language. */
export interface ExportContent {
  eyebrow: string;
  title: string;
  subtitle: string;
  date: string;
  /** Why this place: the zone's industries (core ones marked), or the lens's industry (or family) and its places. */
  industries?: { title: string; text: string };
  legendTitle: string;
  legend: LegendEntry[];
  qrUrl: string;
  qrCaption: string;
  footer: string;
  fileName: string;
}

export type ExportState = Pick<AppState, 'locale' | 'selectedZoneId' | 'lensIndustryId'> &
  Partial<Pick<AppState, 'lensFamilyId'>> & {
    /** The plans on the map, as planVisibility gives them (a picked zone's plan included). */
    visiblePlanIds: string[];
  };

const listSeparator = (locale: Locale) => (locale === 'zh' ? '、' : ', ');

/** "… and 12 more", in the chosen language and number format. */
export const moreText = (count: number, locale: Locale) =>
  panelMessages[locale].takeawayMore.replace('{n}', formatNumber(count, locale));

/** Keeps a list within `capacity` rows; when it is cut, the last row says how many were left out. */
export function capLegend(entries: LegendEntry[], capacity: number, locale: Locale): LegendEntry[] {
  if (entries.length <= capacity) return entries;
  const kept = entries.slice(0, Math.max(0, capacity - 1));
  const left = entries.slice(kept.length).filter((e) => e.type === 'zone').length;
  return [...kept, { type: 'more', text: moreText(left, locale) }];
}

/**
 * The key of the plans on the map, as the layer panel shows it: top-level zones under their plan's pattern; of a
 * plan switched off that a lens brings in, only the zones the lens draws.
 */
function legendOf(index: CatalogIndex, visiblePlanIds: string[], locale: Locale, lensZoneIds: string[] = []): LegendEntry[] {
  const colors = zoneColors(index.catalog);
  return index.catalog.plans.flatMap((plan): LegendEntry[] => {
    const hidden = !visiblePlanIds.includes(plan.id);
    const zones = index.zonesOfPlan(plan.id).filter((zone) => (hidden ? lensZoneIds.includes(zone.id) : !zone.parentId));
    if (hidden && zones.length === 0) return [];
    return [
      { type: 'plan', text: `${localize(plan.pattern, locale)} · ${localize(plan.area, locale)}` },
      ...zones.map((zone): LegendEntry => ({ type: 'zone', text: localize(zone.name, locale), color: colors.get(zone.id) ?? mapMarks.unknownZone, kind: zone.kind })),
    ];
  });
}

export function exportContent(state: ExportState, index: CatalogIndex, qrUrl: string, now: Date): ExportContent {
  const { locale } = state;
  const t = { ...messages[locale], ...panelMessages[locale] };
  const zone = state.selectedZoneId ? index.zone(state.selectedZoneId) : undefined;
  const subject = lensSubjectOf(state);
  const lens = subject ? lensScope(index, subject) : undefined;
  const visiblePlans = index.catalog.plans.filter((plan) => state.visiblePlanIds.includes(plan.id));
  const plan = zone && index.plan(zone.planId);

  let title = t.appTitle;
  let subtitle = visiblePlans.map((p) => localize(p.name, locale)).join(' · ');
  let industries: ExportContent['industries'];
  if (zone) {
    title = localize(zone.name, locale);
    subtitle = [plan && `${localize(plan.name, locale)} · ${localize(plan.period, locale)}`, zoneKindTerms[zone.kind][locale], zone.role && localize(zone.role, locale)]
      .filter(Boolean)
      .join(' · ');
    const ranked = rankedIndustries(index, zone);
    if (ranked.length) {
      const names = ranked.map(({ industry, core }) => `${localize(industry.name, locale)}${core ? t.takeawayCoreMark : ''}`);
      industries = { title: t.industries, text: names.join(listSeparator(locale)) };
    }
  } else if (lens) {
    const name = localize(lens.name, locale);
    title = `${t.lensTitle} · ${name}`;
    subtitle = (lens.placeCount === 1 ? t.lensPlacesCountOne : t.lensPlacesCount).replace('{n}', String(lens.placeCount));
    const places = lens.groups.flatMap((group) => group.zones.map(({ zone: z }) => localize(z.name, locale)));
    industries = {
      title: fill(t.takeawayLensIndustry, { industry: name }),
      text: fill(t.takeawayLensPlaces, { places: places.join(listSeparator(locale)) }),
    };
  }

  return {
    eyebrow: title === t.appTitle ? t.appSubtitle : t.appTitle,
    title,
    subtitle,
    date: formatDate(now, locale),
    ...(industries ? { industries } : {}),
    legendTitle: t.takeawayLegend,
    legend: legendOf(index, state.visiblePlanIds, locale, zone ? [] : lens?.zoneIds),
    qrUrl,
    qrCaption: t.takeawayScan,
    footer: [settings.reviewNumber && `${t.reviewNumber} ${settings.reviewNumber}`, t.schematicNote, t.dataCredits].filter(Boolean).join('  ·  '),
    fileName: `suzhou-plan-${zone?.id ?? lens?.subject.id ?? 'view'}-${isoDate(now)}.png`,
  };
}
