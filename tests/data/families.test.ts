import { readFileSync } from 'node:fs';
import { assembleCodeTable } from '../../data/scripts/assemble-catalog';
import { findMisquotes, sourceReader } from '../../data/scripts/citations';
import { unknownCodes } from '../../data/scripts/code-tables';
import { readAuthoredData } from '../../data/scripts/read-authored';
import { gbtLevel } from '../../src/data/code-table';
import { codeTableSchema } from '../../src/data/code-table-schema';
import { parseCatalog } from '../../src/data/load-catalog';

const catalog = parseCatalog('public/data/catalog.json', JSON.parse(readFileSync('public/data/catalog.json', 'utf8')));
const codes = codeTableSchema.parse(JSON.parse(readFileSync('public/data/codes.json', 'utf8')));

describe('industry families', () => {
  it('put every industry in exactly one family', () => {
    for (const industry of catalog.industries) {
      const families = catalog.families.filter((f) => f.industryIds.includes(industry.id)).map((f) => f.id);
      expect(families, industry.id).toEqual([industry.familyId]);
    }
  });

  it('give every family at least one industry and a GB/T 4754 code under a 门类', () => {
    const sections = new Set(codes.gbt4754.filter((e) => gbtLevel(e.code) === 'section').map((e) => e.code));
    expect(catalog.families.length).toBeGreaterThanOrEqual(15);
    expect(catalog.families.length).toBeLessThanOrEqual(25);
    for (const family of catalog.families) {
      expect(family.industryIds.length, family.id).toBeGreaterThan(0);
      expect(family.codes.gbt4754.length, family.id).toBeGreaterThan(0);
      for (const code of family.codes.gbt4754) expect(sections.has(code[0]!), `${family.id} ${code}`).toBe(true);
    }
  });

  it('use only codes the tables hold', () => {
    for (const record of [...catalog.families, ...catalog.industries]) {
      expect(unknownCodes(record.codes ?? {}, codes), record.id).toEqual([]);
    }
  });

  it('group finance across plans: 科技金融 and 数字金融 with 金融服务', () => {
    const finance = catalog.families.find((f) => f.id === 'finance')!;
    expect(finance.codes.gbt4754).toEqual(['J']);
    expect(finance.industryIds).toEqual(expect.arrayContaining(['financial-services', 'sci-tech-finance', 'digital-finance', 'fintech']));
  });
});

describe('the GB/T 4754-2017 table', () => {
  it('is what data/codes/ builds to (run `npm run data:build` after editing it)', () => {
    expect(codes).toEqual(assembleCodeTable(readAuthoredData()));
  });

  it('has the 20 门类 A–T and the 97 大类 01–97, each under its 门类', () => {
    const sections = codes.gbt4754.filter((e) => gbtLevel(e.code) === 'section').map((e) => e.code);
    expect(sections.join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const divisions = codes.gbt4754.filter((e) => gbtLevel(e.code) === 'division').map((e) => e.code);
    expect(divisions.map((code) => Number(code.slice(1)))).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
    // The boundaries of the 门类, as the standard numbers them.
    const first: Record<string, string> = { A: '01', B: '06', C: '13', D: '44', F: '51', G: '53', I: '63', J: '66', L: '71', M: '73', P: '83', Q: '84', R: '86', T: '97' };
    for (const [section, number] of Object.entries(first)) expect(divisions).toContain(`${section}${number}`);
    expect(divisions).toEqual(expect.arrayContaining(['C43', 'F52', 'G60', 'I65', 'J69', 'L72', 'M75', 'N79', 'Q85', 'R90', 'S96']));
  });

  it('holds the 中类 and 小类 the issue names at their level', () => {
    const level = (code: string) => gbtLevel(codes.gbt4754.find((e) => e.code === code)!.code);
    expect(['C358', 'M745'].map(level)).toEqual(['group', 'group']);
    expect(['C3973'].map(level)).toEqual(['class']);
  });
});

describe('the 2022 task list (document 002, 附件2)', () => {
  it('has the 18 numbered tasks under six 工程 and the two of the seventh', () => {
    const programmes = [...new Set(catalog.tasks.map((t) => t.programme.zh))];
    expect(programmes).toHaveLength(7);
    const inFirstSix = catalog.tasks.filter((t) => t.programme.zh !== programmes[6]);
    expect(inFirstSix).toHaveLength(18);
    expect(catalog.tasks).toHaveLength(20);
  });

  it('gives every task a lead unit and a citation', () => {
    for (const task of catalog.tasks) {
      expect(task.leads.length, task.id).toBeGreaterThan(0);
      expect(task.leads.every((lead) => lead.zh && lead.en), task.id).toBe(true);
      expect(task.refs.length, task.id).toBeGreaterThan(0);
      expect(task.refs.every((ref) => ref.quote && ref.quote.length <= 40), task.id).toBe(true);
    }
    const digitalFinance = catalog.tasks.find((t) => t.id === 't2022-digital-finance')!;
    expect(digitalFinance.goal?.zh).toBe('集聚数字金融企业超300家');
    expect(digitalFinance.leads.map((l) => l.zh)).toEqual(['市发改委', '市财政局', '市商务局', '市金融监管局', '人行苏州中支', '苏州银保监分局']);
  });

  it.skipIf(!process.env.PLAN_SOURCES_DIR)('quotes every task verbatim from its lines', () => {
    const misquotes = findMisquotes({ ...catalog, plans: [], zones: [], carriers: [], targets: [] }, sourceReader(process.env.PLAN_SOURCES_DIR!));
    expect(misquotes.map((m) => `${m.at}: ${m.problem}`)).toEqual([]);
    expect(catalog.tasks.flatMap((t) => t.refs).every((ref) => ref.source === '002_c3e6d1839eea33d0')).toBe(true);
  });

  it('attaches 附件1 sector targets to their industries', () => {
    const target = catalog.targets.find((t) => t.id === 'sz-e22-digital-finance-firms')!;
    expect(target.industryIds).toEqual(['digital-finance']);
    expect(catalog.targets.filter((t) => t.industryIds?.length).length).toBeGreaterThanOrEqual(15);
  });
});
