import type { Catalog } from '../data/catalog-schema';

const ref = (from: number, to: number, quote: string, basis: 'stated' | 'inferred' = 'stated') => ({
  source: 'doc-a',
  lines: [from, to] as [number, number],
  quote,
  basis,
  ...(basis === 'inferred' ? { note: { zh: '由街道推断', en: 'Inferred from the subdistrict' } } : {}),
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A small catalog in the public shape, frozen so that a test which mutates it fails. */
export const fixtureCatalog: Catalog = deepFreeze<Catalog>({
  version: 'test',
  sources: [{ id: 'doc-a', title: { zh: '示例规划', en: 'Sample plan' }, issuer: { zh: '苏州市' }, year: 2021 }],
  plans: [
    {
      id: 'city',
      name: { zh: '市级规划', en: 'City plan' },
      pattern: { zh: '一环两轴', en: 'One ring, two axes' },
      level: 'city',
      area: { zh: '苏州市', en: 'Suzhou' },
      period: { zh: '“十四五” 2021–2025', en: '2021–2025' },
      source: 'doc-a',
      refs: [ref(1, 1, '一环两轴')],
    },
    {
      id: 'district',
      name: { zh: '区级规划', en: 'District plan' },
      pattern: { zh: '东中西', en: 'East, centre, west' },
      level: 'district',
      area: { zh: '吴中区', en: 'Wuzhong' },
      period: { zh: '“十四五”', en: '2021–2025' },
      source: 'doc-a',
      refs: [ref(2, 2, '东中西')],
    },
  ],
  zones: [
    {
      id: 'city-ring',
      planId: 'city',
      kind: 'ring',
      name: { zh: '发展环', en: 'Development ring' },
      role: { zh: '高质量发展环', en: 'High-quality development ring' },
      districts: ['姑苏区'],
      industryIds: ['finance', 'digital-economy'],
      carrierIds: ['city-hub'],
      targetIds: ['city-t-ring'],
      refs: [ref(10, 12, '发展环')],
    },
    {
      id: 'city-axis',
      planId: 'city',
      kind: 'axis',
      name: { zh: '沿沪宁发展轴', en: 'Shanghai–Nanjing axis' },
      theme: { zh: '科创', en: 'Innovation' },
      districts: ['昆山市'],
      industryIds: ['inspection'],
      carrierIds: [],
      targetIds: [],
      refs: [ref(13, 14, '沿沪宁发展轴')],
    },
    {
      id: 'district-east',
      planId: 'district',
      kind: 'area',
      name: { zh: '东部片区', en: 'Eastern zone' },
      districts: ['吴中区'],
      industryIds: ['finance', 'inspection'],
      carrierIds: ['district-park'],
      targetIds: [],
      core: [{ industryIds: ['inspection'], refs: [ref(21, 21, '检验检测认证等重点领域')] }],
      refs: [ref(20, 21, '东部片区')],
    },
  ],
  industries: [
    {
      id: 'finance',
      name: { zh: '金融服务', en: 'Financial services' },
      aliases: ['金融'],
      sector: 'producer-services',
      familyId: 'money',
      codes: { gbt4754: ['J66'] },
    },
    {
      id: 'inspection',
      name: { zh: '检验检测认证', en: 'Testing, inspection and certification' },
      aliases: ['检验检测'],
      sector: 'producer-services',
      familyId: 'tech',
      codes: { gbt4754: ['M745'] },
    },
    { id: 'digital-economy', name: { zh: '数字经济', en: 'Digital economy' }, aliases: [], sector: 'emerging', familyId: 'tech' },
    {
      id: 'biomedicine',
      name: { zh: '生物医药', en: 'Biomedicine' },
      aliases: [],
      sector: 'manufacturing',
      familyId: 'life',
      codes: { gbt4754: ['C27'], sei2018: ['4'] },
    },
  ],
  families: [
    { id: 'money', name: { zh: '金融', en: 'Finance' }, codes: { gbt4754: ['J'], producer2019: ['04'] }, industryIds: ['finance'] },
    {
      id: 'tech',
      name: { zh: '科技服务', en: 'Technology services' },
      codes: { gbt4754: ['M', 'I65'] },
      industryIds: ['inspection', 'digital-economy'],
    },
    { id: 'life', name: { zh: '生命健康', en: 'Life sciences' }, codes: { gbt4754: ['C27'] }, industryIds: ['biomedicine'] },
  ],
  tasks: [
    {
      id: 'task-finance',
      programme: { zh: '数字赋能工程', en: 'Digital programme' },
      title: { zh: '推动金融服务数字化', en: 'Digitalise finance' },
      goal: { zh: '集聚数字金融企业超300家', en: 'Over 300 digital-finance firms' },
      leads: [
        { zh: '市发改委', en: 'Development and Reform Commission' },
        { zh: '市金融监管局', en: 'Financial Regulatory Bureau' },
      ],
      industryIds: ['finance'],
      carrierIds: ['city-hub'],
      refs: [ref(50, 50, '金融服务数字化')],
    },
    {
      id: 'task-talent',
      programme: { zh: '人才工程', en: 'Talent programme' },
      title: { zh: '引育人才', en: 'Attract talent' },
      leads: [{ zh: '市人社局', en: 'Human Resources Bureau' }],
      industryIds: [],
      carrierIds: [],
      refs: [ref(51, 51, '引育人才')],
    },
  ],
  carriers: [
    {
      id: 'city-hub',
      name: { zh: '金融中心', en: 'Finance hub' },
      kind: 'hub',
      coord: [120.62, 31.32],
      precision: 'approx',
      district: '姑苏区',
      zoneIds: ['city-ring'],
      industryIds: ['finance'],
      refs: [ref(30, 30, '金融中心')],
    },
    {
      id: 'district-park',
      name: { zh: '生物医药园', en: 'Biomedicine park' },
      kind: 'park',
      coord: [120.7, 31.25],
      precision: 'approx',
      district: '吴中区',
      zoneIds: ['district-east'],
      industryIds: ['biomedicine'],
      refs: [ref(31, 31, '生物医药园', 'inferred')],
    },
  ],
  targets: [
    {
      id: 'city-t-ring',
      scope: { planId: 'city', zoneId: 'city-ring' },
      indicator: { zh: '建成发展环', en: 'Complete the ring' },
      values: {},
      text: { zh: '建成高质量发展环', en: 'A high-quality development ring' },
      refs: [ref(12, 12, '发展环')],
    },
    {
      id: 'city-t-gdp',
      scope: { planId: 'city' },
      indicator: { zh: '服务业增加值', en: 'Service value added' },
      unit: { zh: '亿元', en: 'CNY 100 million' },
      kind: 'expected',
      baseline: { year: 2020, value: 11000 },
      values: { '2025': 14000 },
      refs: [ref(40, 40, '服务业增加值')],
    },
    {
      id: 'city-t-share',
      scope: { planId: 'city' },
      indicator: { zh: '生产性服务业占比', en: 'Share of producer services' },
      unit: { zh: '%', en: '%' },
      baseline: { year: 2020, value: 54.3 },
      values: { '2025': 58 },
      refs: [ref(41, 41, '生产性服务业')],
    },
    {
      id: 'city-t-software',
      scope: { planId: 'city' },
      indicator: { zh: '软件业收入', en: 'Software revenue' },
      unit: { zh: '亿元', en: 'CNY 100 million' },
      values: { '2025': { zh: '突破3000', en: 'over 3,000' } },
      refs: [ref(50, 50, '软件')],
    },
    {
      id: 'district-t-finance-firms',
      scope: { planId: 'district' },
      indicator: { zh: '集聚数字金融企业', en: 'Digital-finance firms' },
      unit: { zh: '家', en: 'firms' },
      values: { '2022': 300, '2025': { zh: '超1000', en: 'over 1,000' } },
      industryIds: ['finance'],
      refs: [ref(41, 41, '集聚数字金融企业')],
    },
  ],
  indicatorTables: [
    {
      id: 'city-table-1',
      planId: 'city',
      title: { zh: '表 1 指标体系', en: 'Table 1: indicators' },
      groups: [
        { name: { zh: '总量规模', en: 'Total scale' }, targetIds: ['city-t-gdp'], refs: [ref(39, 39, '总量规模')] },
        { name: { zh: '产业结构', en: 'Industrial structure' }, targetIds: ['city-t-share'], refs: [ref(41, 41, '产业结构')] },
      ],
      refs: [ref(38, 38, '表 1')],
    },
  ],
});
