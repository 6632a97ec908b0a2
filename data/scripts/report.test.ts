import type { Catalog } from '../../src/data/catalog-schema';
import { countCatalog, formatTable, isQuantitative } from './report';

const stated = { source: 'doc', lines: [1, 1] as [number, number], basis: 'stated' as const };
const inferred = { source: 'doc', lines: [2, 2] as [number, number], basis: 'inferred' as const, note: { zh: '推断', en: 'implied' } };
const name = (zh: string) => ({ zh });

const catalog: Catalog = {
  version: '1',
  sources: [{ id: 'doc', title: name('文件'), issuer: name('机关'), year: 2021 }],
  plans: [
    {
      id: 'p',
      name: name('规划'),
      pattern: name('一环'),
      level: 'city',
      area: name('苏州市'),
      period: name('十四五'),
      source: 'doc',
      refs: [stated],
    },
  ],
  zones: [
    { id: 'p-a', planId: 'p', kind: 'area', name: name('甲'), districts: [], industryIds: ['fin', 'log'],
      carrierIds: ['p-c1', 'p-c2'], targetIds: ['p-t1'], refs: [stated, inferred] },
    { id: 'p-b', planId: 'p', kind: 'area', name: name('乙'), districts: [], industryIds: ['fin'],
      carrierIds: [], targetIds: [], refs: [stated] },
  ],
  industries: [
    { id: 'fin', name: name('金融'), aliases: [], sector: 'producer-services', familyId: 'f' },
    { id: 'log', name: name('物流'), aliases: [], sector: 'producer-services', familyId: 'f' },
    { id: 'ai', name: name('人工智能'), aliases: [], sector: 'emerging', familyId: 'f' },
  ],
  families: [{ id: 'f', name: name('全部'), codes: { gbt4754: ['L'] }, industryIds: ['fin', 'log', 'ai'] }],
  tasks: [],
  carriers: [
    { id: 'p-c1', name: name('园一'), kind: 'park', coord: [120.6, 31.3], precision: 'approx', zoneIds: ['p-a'],
      industryIds: ['ai'], refs: [stated] },
    { id: 'p-c2', name: name('园二'), kind: 'park', zoneIds: ['p-a'], industryIds: [], refs: [inferred] },
    { id: 'p-c3', name: name('园三'), kind: 'park', zoneIds: [], industryIds: [], refs: [stated] },
  ],
  targets: [
    { id: 'p-t1', scope: { planId: 'p', zoneId: 'p-a' }, indicator: name('定位'), values: {}, text: name('中心'),
      refs: [stated] },
    { id: 'p-t2', scope: { planId: 'p' }, indicator: name('增加值'), values: { '2025': 100 }, refs: [stated] },
    { id: 'p-t3', scope: { planId: 'p' }, indicator: name('增速'), values: { '2025': { zh: '高于GDP增速', en: 'above GDP growth' } }, refs: [stated] },
  ],
};

describe('countCatalog', () => {
  const report = countCatalog(catalog);

  it('counts a zone with its carriers and targets', () => {
    expect(report.zones[0]).toMatchObject({
      id: 'p-a',
      industries: 3,
      carriers: 2,
      carriersWithCoord: 1,
      carriersWithoutCoord: 1,
      targets: 1,
      quantitativeTargets: 0,
      qualitativeTargets: 1,
      refs: 5,
      inferredRefs: 2,
    });
  });

  it('counts each record of a plan once, including plan-level targets and carriers without a zone', () => {
    expect(report.plans[0]).toMatchObject({
      id: 'p',
      zones: 2,
      industries: 3,
      carriers: 3,
      carriersWithCoord: 1,
      targets: 3,
      quantitativeTargets: 1,
      qualitativeTargets: 2,
      refs: 10,
      inferredRefs: 2,
    });
  });

  it('flags the gaps', () => {
    expect(report.gaps).toEqual({
      zonesWithoutCarrier: ['p-b'],
      zonesWithoutTarget: ['p-b'],
      industriesInOneZone: [
        { id: 'log', zoneId: 'p-a' },
        { id: 'ai', zoneId: 'p-a' },
      ],
      industriesInNoZone: [],
      carriersWithoutZone: ['p-c3'],
    });
  });

  it('tells quantitative from qualitative targets by their values', () => {
    expect(catalog.targets.map(isQuantitative)).toEqual([false, true, false]);
  });
});

describe('formatTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(formatTable(['plan', 'zones'], [['p', '2'], ['all plans', '12']]).split('\n')).toEqual([
      'plan       zones',
      '---------  -----',
      'p              2',
      'all plans     12',
    ]);
  });
});
