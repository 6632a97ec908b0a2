import type { CatalogIndex } from '../../data/catalog-index';
import type { Industry, Name, Zone } from '../../data/catalog-schema';
import type { Locale } from '../../i18n/messages';
import { lensMessages } from '../../i18n/messages-lens';
import { sectorOrder, sectorTerms } from '../../i18n/terms';
import { panelMessages } from '../../i18n/messages-panels';

/** One column of the matrix: a group of industries, named, and which of a zone's industries fall in it. */
export interface MatrixColumn {
  id: string;
  name: Name;
  holds: (industry: Industry) => boolean;
  /** A family's column: its cells open the family's lens with the zone marked, rather than the zone alone. */
  familyId?: string;
}

/**
 * What the matrix's columns are: sectors, the most assigned industries, or (added by whoever adds them) any
 * other grouping of industries such as families of national codes. A dimension only says which columns
 * there are for the zones shown; the table, sorting and CSV work the same for every dimension.
 */
export interface MatrixDimension {
  id: string;
  label: (locale: Locale) => string;
  columns: (index: CatalogIndex, zones: Zone[]) => MatrixColumn[];
}

export const sectorDimension: MatrixDimension = {
  id: 'sectors',
  label: (locale) => panelMessages[locale].matrixModeSectors,
  columns: () =>
    sectorOrder.map((sector) => ({
      id: sector,
      name: { zh: sectorTerms[sector].zh, en: sectorTerms[sector].en },
      holds: (industry) => industry.sector === sector,
    })),
};

/** Families some of the zones have an industry of, in catalog order: the broad question an enterprise asks. */
export const familyDimension: MatrixDimension = {
  id: 'families',
  label: (locale) => lensMessages[locale].matrixModeFamilies,
  columns: (index, zones) => {
    const used = new Set(zones.flatMap((zone) => index.industriesOfZone(zone.id).map((industry) => industry.familyId)));
    return index.catalog.families
      .filter((family) => used.has(family.id))
      .map((family) => ({ id: family.id, name: family.name, familyId: family.id, holds: (industry) => industry.familyId === family.id }));
  },
};

export const topIndustryCount = 12;

/** The industries most often assigned across the zones shown; ties keep catalog order so the view is stable. */
export const topIndustriesDimension: MatrixDimension = {
  id: 'top',
  label: (locale) => panelMessages[locale].matrixModeTop.replace('{n}', String(topIndustryCount)),
  columns: (index, zones) => {
    const counts = new Map<string, number>();
    for (const zone of zones) {
      for (const industry of index.industriesOfZone(zone.id)) counts.set(industry.id, (counts.get(industry.id) ?? 0) + 1);
    }
    return index.catalog.industries
      .filter((industry) => counts.has(industry.id))
      .sort((a, b) => counts.get(b.id)! - counts.get(a.id)!)
      .slice(0, topIndustryCount)
      .map((industry) => ({ id: industry.id, name: industry.name, holds: (other) => other.id === industry.id }));
  },
};

/** The dimensions offered, in the order of the switch; the first is the default. */
export const matrixDimensions: MatrixDimension[] = [sectorDimension, familyDimension, topIndustriesDimension];
