import { useEffect, useSyncExternalStore } from 'react';
import type { CatalogIndex } from '../../data/catalog-index';
import { lensScope } from '../../data/lens-scope';
import { formatNumber } from '../../i18n/format';
import { messages, type Locale } from '../../i18n/messages';
import { lensMessages } from '../../i18n/messages-lens';
import { familyCountsReady, familyCountsWanted, subscribeFamilyCounts } from './family-counts';

/** "6 industries · 17 places": how much of the plans a family answers for. */
function familyCounts(familyId: string, index: CatalogIndex, locale: Locale): string {
  const scope = lensScope(index, { kind: 'family', id: familyId });
  if (!scope) return '';
  const t = { ...messages[locale], ...lensMessages[locale] };
  const count = (many: string, one: string, n: number) => (n === 1 ? one : many).replace('{n}', formatNumber(n, locale));
  return `${count(t.lensIndustriesCount, t.lensIndustriesCountOne, scope.industries.length)} · ${count(t.lensPlacesCount, t.lensPlacesCountOne, scope.placeCount)}`;
}

/** A family option's counts once they are worked out (at idle, see family-counts.ts); nothing until then. */
export function FamilyOptionCounts({ familyId, index, locale }: { familyId: string; index: CatalogIndex; locale: Locale }) {
  const ready = useSyncExternalStore(subscribeFamilyCounts, () => familyCountsReady(index, familyId));
  useEffect(() => {
    if (!ready) familyCountsWanted(index, familyId);
  }, [ready, index, familyId]);
  return ready ? familyCounts(familyId, index, locale) : null;
}
