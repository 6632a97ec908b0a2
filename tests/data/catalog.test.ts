import { readFileSync } from 'node:fs';
import { assembleCatalog } from '../../data/scripts/assemble-catalog';
import { findMisquotes, sourceReader } from '../../data/scripts/citations';
import { readAuthoredData } from '../../data/scripts/read-authored';
import type { Name } from '../../src/data/catalog-schema';
import { parseCatalog } from '../../src/data/load-catalog';

const committed = parseCatalog('public/data/catalog.json', JSON.parse(readFileSync('public/data/catalog.json', 'utf8')));

describe('the committed catalog', () => {
  it('is what the authored files build to (run `npm run data:build` after editing data/)', () => {
    expect(committed).toEqual(assembleCatalog(readAuthoredData()));
  });

  it('has the four plans of the documents', () => {
    expect(committed.plans.map((p) => p.id).sort()).toEqual(
      ['snd-2021', 'sz-industry-2016', 'sz-services-2021', 'wz-services-2021'],
    );
  });

  it('gives every plan zones, and every zone at least one industry and one ref', () => {
    for (const plan of committed.plans) {
      expect(committed.zones.filter((z) => z.planId === plan.id).length, plan.id).toBeGreaterThan(0);
    }
    for (const zone of committed.zones) {
      expect(zone.industryIds.length, `${zone.id} industries`).toBeGreaterThan(0);
      expect(zone.refs.length, `${zone.id} refs`).toBeGreaterThan(0);
    }
  });

  it('explains every inferred fact', () => {
    const refs = [...committed.zones, ...committed.carriers, ...committed.targets].flatMap((r) =>
      r.refs.map((ref) => ({ id: r.id, ref })),
    );
    for (const { id, ref } of refs.filter(({ ref }) => ref.basis === 'inferred')) {
      expect(ref.note, `${id}: inferred ref needs a note`).toBeTruthy();
    }
  });

  it('keeps whole the English that commas once cut', () => {
    expect(committed.plans.find((p) => p.id === 'sz-services-2021')?.pattern.en).toBe('One ring, two axes, four belts');
    expect(committed.zones.find((z) => z.id === 'snd-tech-ecology')?.name.en).toBe('Science, Technology & Ecology Functional Zone');
    expect(committed.targets.find((t) => t.id === 'sz-t-changshu-positioning')?.text?.en).toMatch(/“digital tech, fintech” brand and grow/);
  });

  it('speaks both languages: every name has English without a Han character, every note Chinese', () => {
    const han = /\p{Script=Han}/u;
    const names: { at: string; name: Name }[] = [];
    const collect = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => collect(item, `${at}[${(item as { id?: string })?.id ?? i}]`));
      else if (node && typeof node === 'object') {
        if (typeof (node as Name).zh === 'string') names.push({ at, name: node as Name });
        else for (const [key, value] of Object.entries(node)) collect(value, `${at}.${key}`);
      }
    };
    collect(committed, 'catalog');
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter(({ name }) => !name.en || han.test(name.en)).map(({ at }) => at)).toEqual([]);
    const notes = names.filter(({ at }) => at.endsWith('.note'));
    expect(notes.length).toBeGreaterThanOrEqual(101);
    expect(notes.filter(({ name }) => !han.test(name.zh)).map(({ at }) => at)).toEqual([]);
  });

  it('uses each industry somewhere and names no industry twice', () => {
    const used = new Set([...committed.zones, ...committed.carriers].flatMap((r) => r.industryIds));
    const unused = committed.industries.filter((i) => !used.has(i.id)).map((i) => i.id);
    expect(unused).toEqual([]);
    const spellings = new Map<string, string>();
    for (const industry of committed.industries) {
      for (const spelling of new Set([industry.name.zh, ...industry.aliases])) {
        expect(spellings.get(spelling), `"${spelling}" is both ${spellings.get(spelling)} and ${industry.id}`).toBe(
          undefined,
        );
        spellings.set(spelling, industry.id);
      }
    }
  });

  it('marks the industries a plan names as core, with the words that say so', () => {
    const core = (zoneId: string) =>
      (committed.zones.find((z) => z.id === zoneId)?.core ?? []).flatMap((c) => c.industryIds.map((id) => `${id}: ${c.refs[0]!.quote}`));
    expect(core('snd-tech-ecology')).toEqual([
      'medical-devices: 打造以医疗器械为核心的生物医药产业',
      'sci-tech-finance: 发展以科技金融为核心的金融业',
    ]);
    expect(core('wz-east')).toContain('modern-logistics: 聚焦检验检测认证、信息技术服务、总部经济、高端商务、现代物流等重点领域');
    expect(core('sz-county-zhangjiagang')).toEqual([
      'modern-logistics: 重点发展现代物流、专业市场等主导优势产业',
      'professional-markets: 重点发展现代物流、专业市场等主导优势产业',
    ]);
  });

  it('keeps 吴中 表2-1 as the document groups it, and the targets from the text apart', () => {
    const table = committed.indicatorTables?.find((t) => t.id === 'wz-table-2-1');
    expect(table?.groups.map((g) => `${g.name.zh} ${g.targetIds.length}`)).toEqual([
      '总量规模 2',
      '产业结构 2',
      '贡献份额 1',
      '创新能力 3',
      '国际竞争力 2',
    ]);
    const tabled = new Set(table!.groups.flatMap((g) => g.targetIds));
    const fromText = committed.targets.filter((t) => t.scope.planId === 'wz-services-2021' && !t.scope.zoneId && !tabled.has(t.id));
    expect(fromText.map((t) => t.id)).toContain('wz-testing-scale');
    expect(tabled.size).toBe(10);
  });

  it.skipIf(!process.env.PLAN_SOURCES_DIR)('quotes every ref verbatim from its cited lines', () => {
    const misquotes = findMisquotes(committed, sourceReader(process.env.PLAN_SOURCES_DIR!));
    expect(misquotes.map((m) => `${m.at}: ${m.problem}`)).toEqual([]);
  });
});
