import { formatDate, formatNumber, isoDate } from './format';

describe('numbers and dates in each language', () => {
  it('groups digits alike in both languages', () => {
    expect(formatNumber(1234.5, 'zh')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.3, 'en')).toBe('0.3');
  });

  it('writes a date as a reader of each language does', () => {
    const day = new Date(2026, 10, 5);
    expect(formatDate(day, 'zh')).toBe('2026年11月5日');
    expect(formatDate(day, 'en')).toBe('5 November 2026');
    expect(isoDate(day)).toBe('2026-11-05');
  });
});
