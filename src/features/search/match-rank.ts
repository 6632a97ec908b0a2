import type { SearchEntry, SearchType } from '../../data/search-index-schema';
import type { Candidate } from './search-table';

/*
 * How well a name matches a query. Lower is better: 0 exact · 1 prefix · 2 English word prefix · 3 substring ·
 * 4 pinyin prefix · 5 initials inside the name · 5.5 pinyin inside · 6+ initials spread through the name (the
 * tighter, the lower).
 */

/** A query typed as pinyin: letters and digits only, spaces and apostrophes ignored (xi'an, "dong tai hu"). */
export const asPinyin = (query: string): string | undefined => {
  const compact = query.replace(/[\s'’-]/g, '').replace(/ü/g, 'v');
  return /^[a-z0-9]+$/.test(compact) ? compact : undefined;
};

const alphanumeric = /[a-z0-9]/;

/** Whether the query starts a word of `value` other than its first ("park" in "suzhou park"). */
export function startsLaterWord(query: string, value: string): boolean {
  for (let at = value.indexOf(query, 1); at > 0; at = value.indexOf(query, at + 1)) if (!alphanumeric.test(value[at - 1]!)) return true;
  return false;
}

/** How `value` (already normalized) contains the query, or undefined if it does not. */
export function textRank(query: string, value: string, english: boolean): number | undefined {
  if (value === query) return 0;
  if (value.startsWith(query)) return 1;
  if (english && startsLaterWord(query, value)) return 2;
  return value.includes(query) ? 3 : undefined;
}

/**
 * How many syllables are skipped when the query's letters are found in order in the initials, starting with the
 * first syllable ("ssc" → 狮山商务创新区 skips two); undefined if they are not all there.
 */
export function subsequenceGaps(query: string, initials: string): number | undefined {
  if (query[0] !== initials[0]) return undefined;
  let at = 0;
  for (let i = 1; i < query.length; i++) {
    at = initials.indexOf(query[i]!, at + 1);
    if (at < 0) return undefined;
  }
  return at + 1 - query.length;
}

/** The rank of a pinyin query against a name's keys: 4 to 6+ as above. */
function pinyinRank(query: string, entry: SearchEntry): number | undefined {
  if (entry.initials.startsWith(query) || entry.full.startsWith(query)) return 4;
  if (query.length < 2) return undefined;
  if (entry.initials.includes(query)) return 5;
  if (entry.full.includes(query)) return 5.5;
  const gaps = subsequenceGaps(query, entry.initials);
  return gaps === undefined ? undefined : 6 + gaps / 100;
}

/** A match, with what orders matches of equal rank. */
export interface Scored {
  type: SearchType;
  id: string;
  rank: number;
  /** The alias (or code) that matched, when it was not the name. */
  via?: string;
  /** For a family offered through one of its industries: that industry's id. */
  viaIndustry?: string;
  order: number;
  length: number;
}

/**
 * A candidate's best match with the query, looking at every name and key: for the few industries and families,
 * and a draft's zones, which are not in the places' table.
 */
export function scoreCandidate(candidate: Candidate, query: string, pinyinQuery: string | undefined): Scored | undefined {
  let rank = textRank(query, candidate.zh, false);
  let via: string | undefined;
  if (candidate.en !== undefined) {
    const english = textRank(query, candidate.en, true);
    if (english !== undefined && (rank === undefined || english < rank)) rank = english;
  }
  for (const { text, alias } of candidate.aliases) {
    const next = textRank(query, text, false);
    if (next !== undefined && (rank === undefined || next < rank)) [rank, via] = [next, alias];
  }
  if (pinyinQuery)
    for (const entry of candidate.pinyin) {
      const next = pinyinRank(pinyinQuery, entry);
      if (next !== undefined && (rank === undefined || next < rank)) rank = next;
    }
  if (rank === undefined) return undefined;
  return { type: candidate.type, id: candidate.id, rank, ...(via ? { via } : {}), order: candidate.order, length: candidate.length };
}

const typeOrder: SearchType[] = ['family', 'zone', 'carrier', 'industry'];

/** At an equal rank a family goes first (the broad answer before its parts), then the shorter name. */
export const better = (a: Scored, b: Scored): number =>
  a.rank - b.rank ||
  Number(b.type === 'family') - Number(a.type === 'family') ||
  a.length - b.length ||
  typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
  a.order - b.order;

/**
 * Puts `hit` in its place among the `limit` best hits so far, best first, if it is one of them: a query of one
 * character can match thousands of places, and only the best few are shown, so they are never all sorted.
 */
export function keepAmongBest(kept: Scored[], hit: Scored, limit: number): void {
  if (kept.length === limit && better(hit, kept[limit - 1]!) >= 0) return;
  let at = kept.length;
  while (at > 0 && better(hit, kept[at - 1]!) < 0) at--;
  kept.splice(at, 0, hit);
  if (kept.length > limit) kept.pop();
}
