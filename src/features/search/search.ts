import type { SearchType } from '../../data/search-index-schema';
import { asPinyin, keepAmongBest, scoreCandidate, type Scored } from './match-rank';
import { searchPlaces } from './place-search';
import { normalize, type Candidate, type SearchTable } from './search-table';

export interface SearchHit {
  type: SearchType;
  id: string;
  /** Lower is better: see match-rank.ts. Code answers are -1. */
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

/**
 * A family is offered with the best of its industries, so "数字金融" offers the whole of 金融 too; it says which
 * industry brought it. It keeps its own match if that is better.
 */
function withFamiliesOfIndustries(table: SearchTable, scored: Scored[]): Scored[] {
  const families = new Map(scored.filter((hit) => hit.type === 'family').map((hit) => [hit.id, hit]));
  const order = scored.length;
  for (const hit of scored) {
    if (hit.type !== 'industry') continue;
    const familyId = table.familyOf.get(hit.id);
    const length = familyId === undefined ? undefined : table.familyLength.get(familyId);
    const known = familyId === undefined ? undefined : families.get(familyId);
    if (familyId === undefined || length === undefined || (known && known.rank <= hit.rank)) continue;
    families.set(familyId, { type: 'family', id: familyId, rank: hit.rank, viaIndustry: hit.id, order: known?.order ?? order, length });
  }
  return [...scored.filter((hit) => hit.type !== 'family'), ...families.values()];
}

/**
 * Zones, carriers, industries and families matching a query in Chinese, English or pinyin, best first, at most
 * `limit`, grouped by type (the group with the best hit first). `extraPlaces` are zones not in the table (a
 * draft's), looked at one by one.
 */
export function searchTable(table: SearchTable, rawQuery: string, limit = 12, extraPlaces: readonly Candidate[] = []): SearchGroup[] {
  const query = normalize(rawQuery);
  if (query === '') return [];
  const pinyinQuery = asPinyin(query);

  // Zones and carriers, the many, are kept only while among the best; industries and families all, since a
  // family is offered through its industries' matches.
  const places: Scored[] = [];
  for (const place of extraPlaces) {
    const hit = scoreCandidate(place, query, pinyinQuery);
    if (hit) keepAmongBest(places, hit, limit);
  }
  searchPlaces(table.places, query, pinyinQuery, places, limit);
  const answers: Scored[] = [];
  for (const candidate of table.answers) {
    const hit = scoreCandidate(candidate, query, pinyinQuery);
    if (hit) answers.push(hit);
  }

  const ranked: Scored[] = [];
  for (const hit of [...places, ...withFamiliesOfIndustries(table, answers)]) keepAmongBest(ranked, hit, limit);
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
