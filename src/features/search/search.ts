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

const typeOrder: SearchType[] = ['family', 'zone', 'carrier', 'industry'];

/** Full-width letters and case folded, so "ＳＩＰ" and "sip" are the same query. */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A query typed as pinyin: letters and digits only, spaces and apostrophes ignored (xi'an, "dong tai hu"). */
const asPinyin = (query: string): string | undefined => {
  const compact = query.replace(/[\s'’-]/g, '').replace(/ü/g, 'v');
  return /^[a-z0-9]+$/.test(compact) ? compact : undefined;
};

/** How `value` (already normalized) contains the query, or undefined if it does not. */
function textRank(query: string, value: string, english: boolean): number | undefined {
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

const lower = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** A searchable item with its texts normalized once, and its pinyin keys. */
interface Candidate {
  type: SearchType;
  id: string;
  order: number;
  /** The Chinese name's length: at an equal rank the shorter, closer match goes first. */
  length: number;
  zh: string;
  en?: string;
  aliases: { text: string; alias: string }[];
  pinyin: SearchEntry[];
}

function candidatesOf(catalog: Catalog, pinyinEntries: SearchEntry[]): Candidate[] {
  const pinyinOf = new Map<string, SearchEntry[]>();
  for (const entry of pinyinEntries) {
    const key = `${entry.type}:${entry.id}`;
    const list = pinyinOf.get(key);
    if (list) list.push(entry);
    else pinyinOf.set(key, [entry]);
  }
  const items: { type: SearchType; id: string; name: Name; aliases?: string[] }[][] = [
    catalog.zones.map((z) => ({ type: 'zone', id: z.id, name: z.name })),
    catalog.carriers.map((c) => ({ type: 'carrier', id: c.id, name: c.name })),
    catalog.industries.map((i) => ({ type: 'industry', id: i.id, name: i.name, aliases: i.aliases })),
    catalog.families.map((f) => ({ type: 'family', id: f.id, name: f.name })),
  ];
  return items.flat().map(({ type, id, name, aliases = [] }, order) => ({
    type,
    id,
    order,
    length: name.zh.length,
    zh: normalize(name.zh),
    ...(name.en ? { en: normalize(name.en) } : {}),
    aliases: aliases.map((alias) => ({ text: normalize(alias), alias })),
    pinyin: pinyinOf.get(`${type}:${id}`) ?? [],
  }));
}

/**
 * The candidates of a catalog with a set of pinyin keys, made once: a keystroke then only compares strings,
 * which holds with tens of thousands of carriers.
 */
const candidateTables = new WeakMap<Catalog, WeakMap<SearchEntry[], Candidate[]>>();
function candidatesFor(catalog: Catalog, pinyinEntries: SearchEntry[]): Candidate[] {
  let byKeys = candidateTables.get(catalog);
  if (!byKeys) candidateTables.set(catalog, (byKeys = new WeakMap()));
  let candidates = byKeys.get(pinyinEntries);
  if (!candidates) byKeys.set(pinyinEntries, (candidates = candidatesOf(catalog, pinyinEntries)));
  return candidates;
}
const noPinyin: SearchEntry[] = [];

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

/** At an equal rank a family goes first (the broad answer before its parts), then the shorter name. */
const better = (a: Scored, b: Scored): number =>
  a.rank - b.rank ||
  Number(b.type === 'family') - Number(a.type === 'family') ||
  a.length - b.length ||
  typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
  a.order - b.order;

/**
 * Puts `hit` in its place among the `limit` best hits so far, best first, if it is one of them: a query of one
 * character can match thousands of places, and only the best few are shown, so they are never all sorted.
 */
function keepAmongBest(kept: Scored[], hit: Scored, limit: number): void {
  if (kept.length === limit && better(hit, kept[limit - 1]!) >= 0) return;
  let at = kept.length;
  while (at > 0 && better(hit, kept[at - 1]!) < 0) at--;
  kept.splice(at, 0, hit);
  if (kept.length > limit) kept.pop();
}

/**
 * Zones, carriers and industries matching a query in Chinese, English or pinyin, best first, at most `limit`,
 * grouped by type (the group with the best hit first). Pinyin keys come from the build-time search index;
 * without it, search still works on the names.
 */
export function searchCatalog(catalog: Catalog, rawQuery: string, pinyinEntries: SearchEntry[] = noPinyin, limit = 12): SearchGroup[] {
  const query = normalize(rawQuery);
  if (query === '') return [];
  const pinyinQuery = asPinyin(query);

  // Zones and carriers, the many, are kept only while among the best; industries and families all, since a
  // family is offered through its industries' matches.
  const places: Scored[] = [];
  const answers: Scored[] = [];
  // A plain loop with no closure per candidate: it runs over every zone and carrier at each keystroke.
  for (const candidate of candidatesFor(catalog, pinyinEntries)) {
    let rank = textRank(query, candidate.zh, false);
    let via: string | undefined;
    if (candidate.en) rank = lower(rank, textRank(query, candidate.en, true));
    for (const { text, alias } of candidate.aliases) {
      const next = textRank(query, text, false);
      if (next !== undefined && (rank === undefined || next < rank)) [rank, via] = [next, alias];
    }
    if (pinyinQuery) for (const entry of candidate.pinyin) rank = lower(rank, pinyinRank(pinyinQuery, entry));
    if (rank === undefined) continue;
    const isPlace = candidate.type === 'zone' || candidate.type === 'carrier';
    if (isPlace && places.length === limit && rank > places[limit - 1]!.rank) continue;
    const hit: Scored = { type: candidate.type, id: candidate.id, rank, ...(via ? { via } : {}), order: candidate.order, length: candidate.length };
    if (isPlace) keepAmongBest(places, hit, limit);
    else answers.push(hit);
  }

  const ranked: Scored[] = [];
  for (const hit of [...places, ...withFamiliesOfIndustries(catalog, answers)]) keepAmongBest(ranked, hit, limit);
  const groups: SearchGroup[] = [];
  for (const { order: _order, length: _length, ...hit } of ranked) {
    const group = groups.find((g) => g.type === hit.type);
    if (group) group.hits.push(hit);
    else groups.push({ type: hit.type, hits: [hit] });
  }
  // Groups appear in the order of their best hit, since hits were sorted before grouping.
  return groups;
}

/** The hits in the order they are shown, for keyboard movement through the grouped list. */
export const flatHits = (groups: SearchGroup[]): SearchHit[] => groups.flatMap((group) => group.hits);
