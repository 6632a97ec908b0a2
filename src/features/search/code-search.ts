import type { CatalogIndex } from '../../data/catalog-index';
import { lookupCode, readCodeQuery } from '../../data/code-lookup';
import type { CodeNames } from '../../data/code-table';
import type { LensMessageKey } from '../../i18n/messages-lens';
import type { SearchGroup, SearchHit } from './search';

export interface CodeAnswer {
  /** Families, then industries, that the code falls in; `via` names the code that matched. */
  hits: SearchHit[];
  /** Why there are none: no industry has the code, or the query is not a GB/T 4754 code. */
  message?: { key: Extract<LensMessageKey, 'codeNone' | 'codeInvalid'>; value: string };
}

/** A GB/T 4754 code typed into the search box (C27, 27, 2720, J66, J); undefined when the query is no code. */
export function searchCodes(index: CatalogIndex, names: CodeNames | undefined, query: string): CodeAnswer | undefined {
  if (!names) return undefined;
  const read = readCodeQuery(query, names);
  if (read.kind === 'none') return undefined;
  if (read.kind === 'invalid') return { hits: [], message: { key: 'codeInvalid', value: read.text } };
  const { families, industries } = lookupCode(index, read.code);
  const matched = (codes: string[] | undefined) => codes?.find((k) => k.startsWith(read.code) || read.code.startsWith(k)) ?? read.code;
  const hits: SearchHit[] = [
    ...families.map((f): SearchHit => ({ type: 'family', id: f.id, rank: -1, via: matched(f.codes.gbt4754) })),
    ...industries.map((i): SearchHit => ({ type: 'industry', id: i.id, rank: -1, via: matched(i.codes?.gbt4754) })),
  ];
  return hits.length ? { hits } : { hits, message: { key: 'codeNone', value: read.code } };
}

/** The code's answers first, then the name search's other hits, at most `limit` in all, grouped by type. */
export function withCodeHits(codeHits: SearchHit[], groups: SearchGroup[], limit = 12): SearchGroup[] {
  const seen = new Set(codeHits.map((hit) => `${hit.type}:${hit.id}`));
  const rest = groups.flatMap((group) => group.hits).filter((hit) => !seen.has(`${hit.type}:${hit.id}`));
  const merged: SearchGroup[] = [];
  for (const hit of [...codeHits, ...rest].slice(0, limit)) {
    const group = merged.find((g) => g.type === hit.type);
    if (group) group.hits.push(hit);
    else merged.push({ type: hit.type, hits: [hit] });
  }
  return merged;
}
