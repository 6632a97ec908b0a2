import type { Catalog, Name } from '../../data/catalog-schema';
import type { SearchEntry, SearchType } from '../../data/search-index-schema';

export interface SearchHit {
  type: SearchType;
  id: string;
  /**
   * Lower is better: 0 exact · 1 prefix · 2 English word prefix · 3 substring · 4 pinyin prefix · 5 initials inside
   * the name · 5.5 pinyin inside · 6+ initials spread through the name (the tighter, the lower).
   */
  rank: number;
  /** The alias (or code) that matched, when it was not the name. */
  via?: string;
  /** For a family offered through one of its industries: that industry's id. */
  viaIndustry?: string;
}

export interface SearchGroup {
  type: SearchType;
  hits: SearchHit[];
}

interface Candidate {
  type: SearchType;
  id: string;
  name: Name;
  aliases: string[];
  order: number;
}

const typeOrder: SearchType[] = ['family', 'zone', 'carrier', 'industry'];

/** Full-width letters and case folded, so "ＳＩＰ" and "sip" are the same query. */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A query typed as pinyin: letters and digits only, spaces and apostrophes ignored (xi'an, "dong tai hu"). */
const asPinyin = (query: string): string | undefined => {
  const compact = query.replace(/[\s'’-]/g, '').replace(/ü/g, 'v');
  return /^[a-z0-9]+$/.test(compact) ? compact : undefined;
};

function textRank(query: string, text: string, english: boolean): number | undefined {
  const value = normalize(text);
  if (value === query) return 0;
  if (value.startsWith(query)) return 1;
  const at = value.indexOf(query);
  if (at < 0) return undefined;
  return english && /[^a-z0-9]/.test(value[at - 1] ?? '') ? 2 : 3;
}

/**
 * How many syllables are skipped when the query's letters are found in order in the initials, starting with the
 * first syllable ("ssc" → 狮山商务创新区 skips two); undefined if they are not all there.
 */
function subsequenceGaps(query: string, initials: string): number | undefined {
  if (query[0] !== initials[0]) return undefined;
  let at = 0;
  for (const letter of query.slice(1)) {
    at = initials.indexOf(letter, at + 1);
    if (at < 0) return undefined;
  }
  return at + 1 - query.length;
}

function pinyinRank(query: string, entry: SearchEntry): number | undefined {
  if (entry.initials.startsWith(query) || entry.full.startsWith(query)) return 4;
  if (query.length < 2) return undefined;
  if (entry.initials.includes(query)) return 5;
  if (entry.full.includes(query)) return 5.5;
  const gaps = subsequenceGaps(query, entry.initials);
  return gaps === undefined ? undefined : 6 + gaps / 100;
}

function candidatesOf(catalog: Catalog): Candidate[] {
  let order = 0;
  return [
    ...catalog.zones.map((z) => ({ type: 'zone' as const, id: z.id, name: z.name, aliases: [], order: order++ })),
    ...catalog.carriers.map((c) => ({ type: 'carrier' as const, id: c.id, name: c.name, aliases: [], order: order++ })),
    ...catalog.industries.map((i) => ({ type: 'industry' as const, id: i.id, name: i.name, aliases: i.aliases, order: order++ })),
    ...catalog.families.map((f) => ({ type: 'family' as const, id: f.id, name: f.name, aliases: [], order: order++ })),
  ];
}

type Scored = SearchHit & { order: number; length: number };

/**
 * A family is offered with the best of its industries, so "数字金融" offers the whole of 金融 too; it says which
 * industry brought it. It keeps its own match if that is better.
 */
function withFamiliesOfIndustries(catalog: Catalog, scored: Scored[]): Scored[] {
  const familyOf = new Map(catalog.industries.map((industry) => [industry.id, industry.familyId]));
  const families = new Map(scored.filter((hit) => hit.type === 'family').map((hit) => [hit.id, hit]));
  const order = scored.length;
  for (const hit of scored.filter((h) => h.type === 'industry')) {
    const family = catalog.families.find((f) => f.id === familyOf.get(hit.id));
    const known = family && families.get(family.id);
    if (!family || (known && known.rank <= hit.rank)) continue;
    families.set(family.id, { type: 'family', id: family.id, rank: hit.rank, viaIndustry: hit.id, order: known?.order ?? order, length: family.name.zh.length });
  }
  return [...scored.filter((hit) => hit.type !== 'family'), ...families.values()];
}

/**
 * Zones, carriers and industries matching a query in Chinese, English or pinyin, best first, at most `limit`,
 * grouped by type (the group with the best hit first). Pinyin keys come from the build-time search index;
 * without it, search still works on the names.
 */
export function searchCatalog(catalog: Catalog, rawQuery: string, pinyinEntries: SearchEntry[] = [], limit = 12): SearchGroup[] {
  const query = normalize(rawQuery);
  if (query === '') return [];
  const pinyinQuery = asPinyin(query);
  const pinyinOf = new Map<string, SearchEntry[]>();
  for (const entry of pinyinQuery ? pinyinEntries : []) {
    const key = `${entry.type}:${entry.id}`;
    pinyinOf.set(key, [...(pinyinOf.get(key) ?? []), entry]);
  }

  let scored: Scored[] = [];
  for (const candidate of candidatesOf(catalog)) {
    let best: Omit<SearchHit, 'type' | 'id'> | undefined;
    const consider = (rank: number | undefined, via?: string) => {
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, ...(via ? { via } : {}) };
    };
    consider(textRank(query, candidate.name.zh, false));
    if (candidate.name.en) consider(textRank(query, candidate.name.en, true));
    for (const alias of candidate.aliases) consider(textRank(query, alias, false), alias);
    for (const entry of pinyinQuery ? (pinyinOf.get(`${candidate.type}:${candidate.id}`) ?? []) : []) {
      consider(pinyinRank(pinyinQuery!, entry));
    }
    if (best) scored.push({ type: candidate.type, id: candidate.id, ...best, order: candidate.order, length: candidate.name.zh.length });
  }

  scored = withFamiliesOfIndustries(catalog, scored);
  // At an equal rank a family goes first: the broad answer before its parts.
  const familyFirst = (a: Scored, b: Scored) => Number(b.type === 'family') - Number(a.type === 'family');
  scored.sort(
    (a, b) =>
      a.rank - b.rank || familyFirst(a, b) || a.length - b.length || typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || a.order - b.order,
  );
  const groups: SearchGroup[] = [];
  for (const { order: _order, length: _length, ...hit } of scored.slice(0, limit)) {
    const group = groups.find((g) => g.type === hit.type);
    if (group) group.hits.push(hit);
    else groups.push({ type: hit.type, hits: [hit] });
  }
  // Groups appear in the order of their best hit, since hits were sorted before grouping.
  return groups;
}

/** The hits in the order they are shown, for keyboard movement through the grouped list. */
export const flatHits = (groups: SearchGroup[]): SearchHit[] => groups.flatMap((group) => group.hits);
