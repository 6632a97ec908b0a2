import type { Target } from '../data/catalog-schema';
import { figureText, finalFigure, indicatorLabel, progressShare, targetFigures, unitLabel } from './format-target';

const target = (fields: Partial<Target>): Target => ({
  id: 't',
  scope: { planId: 'p' },
  indicator: { zh: '服务业增加值', en: 'Service industry value added' },
  values: {},
  refs: [],
  ...fields,
});

const services = target({
  unit: { zh: '亿元', en: 'CNY 100 million' },
  baseline: { year: 2020, value: 10588.5 },
  values: { '2025': 14000, '2022': { zh: '超1000', en: 'over 1,000' } },
});

describe('targetFigures', () => {
  it('says each year as a baseline or a target, in year order, with numbers in the locale format', () => {
    expect(targetFigures(services, 'en').map((f) => figureText(f, 'en'))).toEqual([
      'baseline 2020: 10,588.5',
      'target 2022: over 1,000',
      'target 2025: 14,000',
    ]);
    expect(targetFigures(services, 'zh').map((f) => figureText(f, 'zh'))).toEqual([
      '2020年基期：10,588.5',
      '2022年目标：超1000',
      '2025年目标：14,000',
    ]);
  });

  it('gives a phrase baseline in the chosen language', () => {
    const unemployment = target({ baseline: { year: 2020, value: { zh: '3以下', en: 'below 3' } }, values: { '2025': { zh: '3以内', en: 'within 3' } } });
    expect(targetFigures(unemployment, 'en').map((f) => [f.role, f.value, f.numeric])).toEqual([
      ['baseline', 'below 3', false],
      ['target', 'within 3', false],
    ]);
  });

  it('finds the final figure, or none for a qualitative target', () => {
    expect(finalFigure(services, 'en')).toMatchObject({ role: 'target', year: '2025', label: 'target 2025', value: '14,000', numeric: true });
    expect(finalFigure(target({}), 'en')).toBeUndefined();
  });
});

describe('units', () => {
  it('follow the indicator as the plan tables put them, in each language', () => {
    expect(indicatorLabel(services, 'zh')).toBe('服务业增加值（亿元）');
    expect(indicatorLabel(services, 'en')).toBe('Service industry value added (CNY 100 million)');
    expect(indicatorLabel(target({}), 'en')).toBe('Service industry value added');
  });

  it('leave out an English measure word that the indicator already says', () => {
    const lawFirms = target({ indicator: { zh: '律师事务所数', en: 'Law firms' }, unit: { zh: '家', en: 'firms' } });
    expect(unitLabel(lawFirms, 'en')).toBeUndefined();
    expect(indicatorLabel(lawFirms, 'zh')).toBe('律师事务所数（家）');
    const hiTech = target({ indicator: { zh: '高新技术企业数', en: 'High-tech enterprises' }, unit: { zh: '家', en: 'firms' } });
    expect(indicatorLabel(hiTech, 'en')).toBe('High-tech enterprises (firms)');
  });
});

describe('progressShare', () => {
  it('is the baseline over the final target when both are numbers', () => {
    expect(progressShare(services)).toBeCloseTo(10588.5 / 14000);
    expect(progressShare(target({ baseline: { year: 2020, value: 5 }, values: { '2025': { zh: '超10', en: 'over 10' } } }))).toBeUndefined();
  });
});
