import { fixtureCatalog } from '../../test/fixture-catalog';
import { periodEndYear, planEnded } from './plan-period';

const city = fixtureCatalog.plans[0]!;
const old = { ...city, period: { zh: '“十三五” 2016–2020', en: '13th Five-Year Plan 2016–2020' } };

describe('plan period', () => {
  it('reads the last year of the period', () => {
    expect(periodEndYear(city)).toBe(2025);
    expect(periodEndYear(old)).toBe(2020);
    expect(periodEndYear({ ...city, period: { zh: '远景' } })).toBeUndefined();
  });

  it('has ended once the year after its last year begins', () => {
    expect(planEnded(old, new Date(2021, 0, 1))).toBe(true);
    expect(planEnded(old, new Date(2020, 11, 31))).toBe(false);
    expect(planEnded(city, new Date(2025, 5, 1))).toBe(false);
    expect(planEnded(city, new Date(2026, 10, 30))).toBe(true);
    expect(planEnded({ ...city, period: { zh: '远景' } }, new Date(2099, 0, 1))).toBe(false);
  });
});
