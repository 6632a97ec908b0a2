import type { Catalog, Name } from '../../data/catalog-schema';
import type { SearchEntry, SearchType } from '../../data/search-index-schema';
import { isDraftZone } from '../../data/draft-catalog';

/** Full-width letters and case folded, so "ＳＩＰ" and "sip" are the same query. */
export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A searchable item with its texts normalized once, and its pinyin keys. */
export interface Candidate {
  type: SearchType;
  id: string;
  /** Its place in the catalog (zones, carriers, industries, families): the last tie-break. */
  order: number;
  /** The Chinese name's length: at an equal rank the shorter, closer match goes first. */
  length: number;
  zh: string;
  en?: string;
  aliases: { text: string; alias: string }[];
  pinyin: SearchEntry[];
}

/** Candidates, by position, listed under a key (a character, a pair of letters): positions ascending, each once. */
export type Postings<K = number> = Map<K, number[]>;

/**
 * Zones and carriers, the many (tens of thousands at 40 plans), in the order in which equal matches are shown
 * (the shorter name, then zones before carriers, then catalog order), with lists of positions under the keys a
 * query looks up. A keystroke reads the list of one key and stops once it has the best few: it does not visit
 * every carrier. Characters are keyed by their code point, pairs of letters and digits by `pairKey`.
 */
export interface PlaceTable {
  places: Candidate[];
  /** Chinese and English names, whole. */
  exact: Postings<string>;
  /** The first character, and the first two, of a Chinese or English name. */
  textStart: Postings<string>;
  /** The first character, and the first two, of a later word of an English name (after a non-alphanumeric one). */
  wordStart: Postings<string>;
  /** Every character of a Chinese or English name, by code point. */
  textChars: Postings;
  /**
   * Every pair of adjacent Latin letters or digits in a Chinese or English name (`pairKey`): in Latin script
   * single letters are too common to narrow a query down ("c6" is in few names, c and 6 in most).
   */
  textPairs: Postings;
  /** The first letter, and the first two, of a pinyin key: its initials or its full spelling. */
  pinyinStart: Postings<string>;
  /** Every pair of adjacent letters or digits in the initials of a pinyin key, and in its full spelling. */
  initialsPairs: Postings;
  fullPairs: Postings;
  /** Every letter of the initials, by code point: a query's letters spread through them are all there. */
  initialsLetters: Postings;
}

const latin = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The key of two adjacent Latin letters or digits, or undefined if either is not one. */
export function pairKey(text: string, at: number): number | undefined {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return latin(a) && latin(b) ? a * 128 + b : undefined;
}

/** The key a query's start is looked up by: its first two characters (or its one). */
export const startKey = (text: string, from = 0): string => text.slice(from, from + 2);

/** The search's prepared catalog: the places' table and the few industries and families, scanned whole. */
export interface SearchTable {
  places: PlaceTable;
  /** Industries and families: a family is offered through its industries' matches, so all are looked at. */
  answers: Candidate[];
  /** An industry's family, for offering the family. */
  familyOf: Map<string, string>;
  familyLength: Map<string, number>;
}

type Named = { type: SearchType; id: string; name: Name; aliases?: string[] };

/** Every searchable item of a catalog, in catalog order, with its normalized names and pinyin keys. */
export function candidatesOf(catalog: Pick<Catalog, 'zones' | 'carriers' | 'industries' | 'families'>, pinyinEntries: readonly SearchEntry[]): Candidate[] {
  const pinyinOf = new Map<string, SearchEntry[]>();
  for (const entry of pinyinEntries) {
    const key = `${entry.type}:${entry.id}`;
    const list = pinyinOf.get(key);
    if (list) list.push(entry);
    else pinyinOf.set(key, [entry]);
  }
  const items: Named[][] = [
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

const isPlace = (candidate: Pick<Candidate, 'type'>) => candidate.type === 'zone' || candidate.type === 'carrier';

function post<K>(postings: Postings<K>, key: K | undefined, position: number): void {
  if (key === undefined) return;
  const list = postings.get(key);
  if (!list) postings.set(key, [position]);
  // Positions arrive in order; a name with a character twice lists its place once.
  else if (list[list.length - 1] !== position) list.push(position);
}

function postPairs(postings: Postings, text: string, position: number): void {
  for (let at = 0; at < text.length - 1; at++) post(postings, pairKey(text, at), position);
}

/** A start under its first character and, if it has more, under its first two. */
function postStart(postings: Postings<string>, text: string, from: number, position: number): void {
  post(postings, text.slice(from, from + 1), position);
  if (text.length > from + 1) post(postings, startKey(text, from), position);
}

/** Lists one place, at `position`, under each of its keys. */
function postPlace(table: PlaceTable, place: Candidate, position: number): void {
  for (const text of place.en === undefined ? [place.zh] : [place.zh, place.en]) {
    post(table.exact, text, position);
    postStart(table.textStart, text, 0, position);
    for (const character of text) post(table.textChars, character.codePointAt(0), position);
    postPairs(table.textPairs, text, position);
  }
  const en = place.en ?? '';
  for (let at = 1; at < en.length; at++) if (!latin(en.charCodeAt(at - 1))) postStart(table.wordStart, en, at, position);
  for (const { initials, full } of place.pinyin) {
    postStart(table.pinyinStart, initials, 0, position);
    postStart(table.pinyinStart, full, 0, position);
    postPairs(table.initialsPairs, initials, position);
    postPairs(table.fullPairs, full, position);
    for (let at = 0; at < initials.length; at++) post(table.initialsLetters, initials.charCodeAt(at), position);
  }
}

/** The order of places with equal ranks: the shorter name, then zones before carriers, then catalog order. */
const placeOrder = (a: Candidate, b: Candidate): number => a.length - b.length || a.order - b.order;

/**
 * Builds the table a slice at a time: each `next()` does about `slice` places' work, so that a caller can build
 * it while the browser is idle without holding up a tap. The last step returns the table.
 */
export function* searchTableSteps(
  catalog: Pick<Catalog, 'zones' | 'carriers' | 'industries' | 'families'>,
  pinyinEntries: readonly SearchEntry[],
  slice = 2000,
): Generator<void, SearchTable> {
  const candidates = candidatesOf(catalog, pinyinEntries);
  yield;
  const places = candidates.filter(isPlace).sort(placeOrder);
  const table: PlaceTable = {
    places,
    exact: new Map(),
    textStart: new Map(),
    wordStart: new Map(),
    textChars: new Map(),
    textPairs: new Map(),
    pinyinStart: new Map(),
    initialsPairs: new Map(),
    fullPairs: new Map(),
    initialsLetters: new Map(),
  };
  for (let position = 0; position < places.length; position++) {
    postPlace(table, places[position]!, position);
    if (position % slice === slice - 1) yield;
  }
  return {
    places: table,
    answers: candidates.filter((candidate) => !isPlace(candidate)),
    familyOf: new Map(catalog.industries.map((industry) => [industry.id, industry.familyId])),
    familyLength: new Map(catalog.families.map((family) => [family.id, family.name.zh.length])),
  };
}

/** The whole table at once. */
export function buildSearchTable(catalog: Pick<Catalog, 'zones' | 'carriers' | 'industries' | 'families'>, pinyinEntries: readonly SearchEntry[]): SearchTable {
  const steps = searchTableSteps(catalog, pinyinEntries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A draft's zones, which the table (built for the plans) does not hold, as candidates after the plans' zones:
 * few, so they are looked at one by one.
 */
export function draftZoneCandidates(catalog: Catalog, plansZoneCount: number): Candidate[] {
  const zones = catalog.zones.filter(isDraftZone);
  if (zones.length === 0) return [];
  return candidatesOf({ zones, carriers: [], industries: [], families: [] }, []).map((candidate) => ({ ...candidate, order: plansZoneCount + candidate.order }));
}
