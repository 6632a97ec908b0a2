import { codeSystems, gbtCodePattern, gbtLevel, type CodeTable } from '../../src/data/code-table.ts';
import type { Codes } from '../../src/data/catalog-schema.ts';
import { gbtCodesFileSchema, seiCodesFileSchema, servicesCodesFileSchema, type CodeRows } from './authored-schema.ts';
import { parse, type AuthoredFile } from './parse-authored.ts';

/** data/codes/: GB/T 4754-2017, 战略性新兴产业分类（2018）, and both 2019 service classifications. */
export interface CodeFiles {
  gbt4754: AuthoredFile;
  sei2018: AuthoredFile;
  services: AuthoredFile;
}

const entries = (rows: CodeRows) => rows.map(({ code, zh, en }) => ({ code, name: { zh, en } }));

/** Each finer GB/T code needs its 大类 and its 门类 in the table, so a reader can always see where it sits. */
function checkGbtTable(rows: CodeRows, path: string, problems: string[]): void {
  const codes = new Set(rows.map((row) => row.code));
  for (const { code } of rows) {
    if (!gbtCodePattern.test(code)) problems.push(`${path}: ${code}: not a GB/T 4754 code (a letter A–T and 0, 2, 3 or 4 digits)`);
    else if (!codes.has(code[0]!)) problems.push(`${path}: ${code}: its 门类 ${code[0]} is missing`);
    else if (gbtLevel(code) !== 'section' && gbtLevel(code) !== 'division' && !codes.has(code.slice(0, 3))) {
      problems.push(`${path}: ${code}: its 大类 ${code.slice(0, 3)} is missing`);
    }
  }
  const divisions = rows.filter((row) => gbtLevel(row.code) === 'division').map((row) => row.code.slice(1));
  if (new Set(divisions).size !== divisions.length) problems.push(`${path}: a 大类 number appears twice`);
}

/** Reads and checks the code tables; undefined if a file is malformed (its problems are reported). */
export function readCodeTable(files: CodeFiles, version: string, problems: string[]): CodeTable | undefined {
  const gbt = parse(gbtCodesFileSchema, files.gbt4754, problems);
  const sei = parse(seiCodesFileSchema, files.sei2018, problems);
  const services = parse(servicesCodesFileSchema, files.services, problems);
  if (!gbt || !sei || !services) return undefined;
  checkGbtTable(gbt, files.gbt4754.path, problems);
  return {
    version,
    gbt4754: entries(gbt),
    sei2018: entries(sei),
    producer2019: entries(services.producer),
    consumer2019: entries(services.consumer),
  };
}

/** Every code of `codes` that the table does not hold, as "gbt4754 C99". */
export function unknownCodes(codes: Partial<Codes>, table: CodeTable): string[] {
  return codeSystems.flatMap((system) => {
    const known = new Set(table[system].map((entry) => entry.code));
    return (codes[system] ?? []).filter((code) => !known.has(code)).map((code) => `${system} ${code}`);
  });
}
