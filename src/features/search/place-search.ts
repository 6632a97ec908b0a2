import { better, keepAmongBest, startsLaterWord, subsequenceGaps, type Scored } from './match-rank';
import { pairKey, startKey, type Candidate, type PlaceTable } from './search-table';

/**
 * One kind of match, looked up in the table: the list of places that may match (all of them, for a key of one
 * character), the lowest rank it can give, and the rank a place on the list gets (undefined: no match after all).
 */
interface Stage {
  list: readonly number[] | undefined;
  rank: number;
  match: (place: Candidate) => number | undefined;
}

/** The shortest of some lists; undefined if any is missing (no place has that key, so none matches). */
function shortest(lists: (number[] | undefined)[]): number[] | undefined {
  let best: number[] | undefined;
  for (const list of lists) {
    if (!list) return undefined;
    if (!best || list.length < best.length) best = list;
  }
  return best;
}

/** The pairs of adjacent Latin letters or digits in a query. */
function pairsOf(query: string): number[] {
  const keys: number[] = [];
  for (let at = 0; at < query.length - 1; at++) {
    const key = pairKey(query, at);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

/**
 * The places that may contain the query: those with its rarest pair of Latin letters, or, for a query of one
 * character or in Chinese, with its rarest character.
 */
function mayContain(table: PlaceTable, query: string): number[] | undefined {
  const pairs = pairsOf(query);
  if (pairs.length) return shortest(pairs.map((key) => table.textPairs.get(key)));
  return shortest([...query].map((character) => table.textChars.get(character.codePointAt(0)!)));
}

const when = (matched: boolean, rank: number) => (matched ? rank : undefined);

/** The kinds of match, best rank first, each with the table's list of places that may match it. */
function stagesOf(table: PlaceTable, query: string, pinyinQuery: string | undefined): Stage[] {
  const stages: Stage[] = [
    { list: table.exact.get(query), rank: 0, match: () => 0 },
    { list: table.textStart.get(startKey(query)), rank: 1, match: (p) => when(p.zh.startsWith(query) || !!p.en?.startsWith(query), 1) },
    { list: table.wordStart.get(startKey(query)), rank: 2, match: (p) => when(p.en !== undefined && startsLaterWord(query, p.en), 2) },
    { list: mayContain(table, query), rank: 3, match: (p) => when(p.zh.includes(query) || !!p.en?.includes(query), 3) },
  ];
  if (!pinyinQuery) return stages;
  stages.push({ list: table.pinyinStart.get(startKey(pinyinQuery)), rank: 4, match: (p) => when(p.pinyin.some((k) => k.initials.startsWith(pinyinQuery) || k.full.startsWith(pinyinQuery)), 4) });
  if (pinyinQuery.length < 2) return stages;
  const pairs = pairsOf(pinyinQuery);
  stages.push(
    {
      list: shortest(pairs.map((key) => table.initialsPairs.get(key))),
      rank: 5,
      match: (p) => when(p.pinyin.some((k) => k.initials.includes(pinyinQuery)), 5),
    },
    {
      list: shortest(pairs.map((key) => table.fullPairs.get(key))),
      rank: 5.5,
      match: (p) => when(p.pinyin.some((k) => k.full.includes(pinyinQuery)), 5.5),
    },
    {
      // Initials starting with the query's first letter and having each of the others.
      list: shortest([table.pinyinStart.get(pinyinQuery[0]!), ...[...pinyinQuery.slice(1)].map((letter) => table.initialsLetters.get(letter.charCodeAt(0)))]),
      // No gap at all is a prefix of the initials, found as such: here one syllable is skipped at least.
      rank: 6.01,
      match: (p) => {
        let best: number | undefined;
        for (const { initials } of p.pinyin) {
          const gaps = subsequenceGaps(pinyinQuery, initials);
          if (gaps !== undefined && (best === undefined || gaps < best)) best = gaps;
        }
        return best === undefined ? undefined : 6 + best / 100;
      },
    },
  );
  return stages;
}

const scored = (place: Candidate, rank: number): Scored => ({ type: place.type, id: place.id, rank, order: place.order, length: place.length });

/**
 * Adds to `kept` the best of the table's places for a query. The stages go from the best rank to the worst and
 * each list runs in the order equal matches are shown, so a stage stops at the first place that could no longer
 * be among the `limit` best: a query that thousands of carriers match reads a dozen of them. A place is counted
 * at the first (best) stage it matches.
 */
export function searchPlaces(table: PlaceTable, query: string, pinyinQuery: string | undefined, kept: Scored[], limit: number): void {
  const found = new Set<number>();
  for (const { list, rank, match } of stagesOf(table, query, pinyinQuery)) {
    if (!list) continue;
    for (const position of list) {
      const place = table.places[position]!;
      if (kept.length === limit && better(scored(place, rank), kept[limit - 1]!) >= 0) break;
      if (found.has(position)) continue;
      const placeRank = match(place);
      if (placeRank === undefined) continue;
      found.add(position);
      keepAmongBest(kept, scored(place, placeRank), limit);
    }
  }
}
