import type { Codes, Name } from './catalog-schema';
import type { CodeTable } from './code-table-schema';

// Reading the national industry codes: their levels, and the names a code table gives them. The table's schema
// is a module of its own (code-table-schema.ts), fetched with the table, not with the search box that reads codes.
export type { CodeEntry, CodeTable } from './code-table-schema';

export type CodeSystem = keyof Codes;

/** The classifications in the order a reader meets them. */
export const codeSystems: CodeSystem[] = ['gbt4754', 'sei2018', 'producer2019', 'consumer2019'];

/** A GB/T 4754 code: the 门类 letter and 0, 2, 3 or 4 digits. */
export const gbtCodePattern = /^[A-T](\d{2,4})?$/;

/** How a GB/T 4754 code's length names its level: 门类, 大类, 中类, 小类. */
export type GbtLevel = 'section' | 'division' | 'group' | 'class';
export function gbtLevel(code: string): GbtLevel {
  const digits = code.length - 1;
  return digits === 0 ? 'section' : digits === 2 ? 'division' : digits === 3 ? 'group' : 'class';
}

/** Name lookups of a code table, built once per table. */
export interface CodeNames {
  name: (system: CodeSystem, code: string) => Name | undefined;
  /** The 门类 letter of a 大类 number ("27" → "C"), or undefined if no 大类 has it. */
  sectionOfDivision: (digits: string) => string | undefined;
}

export function codeNames(table: CodeTable): CodeNames {
  const maps = Object.fromEntries(
    codeSystems.map((system) => [system, new Map(table[system].map((entry) => [entry.code, entry.name]))]),
  ) as Record<CodeSystem, Map<string, Name>>;
  const sections = new Map(
    table.gbt4754.filter((entry) => gbtLevel(entry.code) === 'division').map((entry) => [entry.code.slice(1), entry.code[0]!]),
  );
  return {
    name: (system, code) => maps[system].get(code),
    sectionOfDivision: (digits) => sections.get(digits),
  };
}
