import type { CatalogIndex } from './catalog-index';
import type { Family, Industry } from './catalog-schema';
import type { CodeNames } from './code-table';

/**
 * What a search query means as a GB/T 4754 code: not a code at all, a code (normalised with its 门类 letter, so
 * "27" is C27 and "2720" is C2720), or something shaped like a code that the standard does not have.
 */
export type CodeQuery = { kind: 'none' } | { kind: 'code'; code: string } | { kind: 'invalid'; text: string };

/** Letters and digits only, full-width folded, upper case: "ｃ２７ " → "C27". */
const compact = (raw: string) => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export function readCodeQuery(raw: string, names: Pick<CodeNames, 'sectionOfDivision'>): CodeQuery {
  const text = compact(raw);
  if (/^[A-T]$/.test(text)) return { kind: 'code', code: text };
  const shaped = /^([A-Z]?)(\d+)$/.exec(text);
  if (!shaped) return { kind: 'none' };
  const [, letter, digits] = shaped as unknown as [string, string, string];
  const section = digits.length >= 2 && digits.length <= 4 ? names.sectionOfDivision(digits.slice(0, 2)) : undefined;
  if (!section || (letter && letter !== section)) return { kind: 'invalid', text };
  return { kind: 'code', code: `${section}${digits}` };
}

export interface CodeMatch {
  families: Family[];
  industries: Industry[];
}

/**
 * The families and industries a code falls in. Codes at or below it come first (J → every J industry); only if
 * there are none, the most specific codes above it (C2720 → the C27 industries, not every C industry).
 */
function matching<T>(items: T[], codesOf: (item: T) => string[], code: string): T[] {
  const within = items.filter((item) => codesOf(item).some((k) => k.startsWith(code)));
  if (within.length) return within;
  const depth = (item: T) => Math.max(0, ...codesOf(item).filter((k) => code.startsWith(k)).map((k) => k.length));
  const deepest = Math.max(0, ...items.map(depth));
  return deepest ? items.filter((item) => depth(item) === deepest) : [];
}

/**
 * The families of the industries a code finds; only when no industry has such a code, the families whose own
 * codes fit (so the umbrella families, coded by whole 门类, do not crowd every answer).
 */
export function lookupCode(index: CatalogIndex, code: string): CodeMatch {
  const industries = matching(index.catalog.industries, (i) => i.codes?.gbt4754 ?? [], code);
  if (industries.length === 0) return { families: matching(index.catalog.families, (f) => f.codes.gbt4754, code), industries };
  const ofIndustries = new Set(industries.map((i) => i.familyId));
  return { families: index.catalog.families.filter((f) => ofIndustries.has(f.id)), industries };
}
