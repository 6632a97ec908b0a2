import type { Codes, Family, Industry } from '../../src/data/catalog-schema.ts';
import type { CodeTable } from '../../src/data/code-table.ts';
import { familiesFileSchema } from './authored-schema.ts';
import { unknownCodes } from './code-tables.ts';
import { parse, type AuthoredFile } from './parse-authored.ts';

/** An industry as data/industries/*.yaml writes it: its family and codes come from data/families.yaml. */
export type AuthoredIndustry = Omit<Industry, 'familyId' | 'codes'>;

const hasCodes = (codes: Codes) => Object.values(codes).some((list) => list && list.length > 0);

/**
 * Reads data/families.yaml and places every industry in its family. Each problem names the family or the
 * industry: an industry in no family or in two, an unknown industry, a family without a GB/T 4754 code, and
 * (when the tables are given) a code that data/codes/ does not hold.
 */
export function placeInFamilies(
  file: AuthoredFile,
  industries: AuthoredIndustry[],
  table: CodeTable | undefined,
  problems: string[],
): { families: Family[]; industries: Industry[] } {
  const known = new Set(industries.map((industry) => industry.id));
  const placed = new Map<string, Pick<Industry, 'familyId' | 'codes'>>();
  const families: Family[] = [];
  const checkCodes = (at: string, codes: Partial<Codes>) => {
    for (const code of table ? unknownCodes(codes, table) : []) problems.push(`${at}: ${code} is not in data/codes/`);
  };

  for (const family of parse(familiesFileSchema, file, problems) ?? []) {
    const at = `${file.path}: families[${family.id}]`;
    if (family.codes.gbt4754.length === 0) problems.push(`${at}.codes.gbt4754: a family needs at least one GB/T 4754 code`);
    checkCodes(`${at}.codes`, family.codes);
    for (const [industryId, codes] of Object.entries(family.industries)) {
      const earlier = placed.get(industryId);
      if (!known.has(industryId)) problems.push(`${at}.industries: unknown industry "${industryId}"`);
      else if (earlier) problems.push(`${at}.industries: industry "${industryId}" is already in family "${earlier.familyId}"`);
      else placed.set(industryId, { familyId: family.id, ...(hasCodes(codes) ? { codes } : {}) });
      checkCodes(`${at}.industries.${industryId}`, codes);
    }
    families.push({ id: family.id, name: family.name, codes: family.codes, industryIds: Object.keys(family.industries) });
  }

  const withFamilies = industries.flatMap((industry) => {
    const place = placed.get(industry.id);
    if (!place) problems.push(`${file.path}: industry ${industry.id} (${industry.name.zh}) is in no family; list it under one`);
    return place ? [{ ...industry, ...place }] : [];
  });
  return { families, industries: withFamilies };
}
