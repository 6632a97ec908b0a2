import { wrapText } from './export-draw';

/** A canvas context whose text is one unit wide per character, enough to test line breaking. */
const ctx = { measureText: (text: string) => ({ width: [...text].length }) } as unknown as CanvasRenderingContext2D;

describe('wrapText', () => {
  it('breaks a list after its separators', () => {
    expect(wrapText(ctx, '医疗器械、生物医药、金融服务', 10, 3)).toEqual(['医疗器械、生物医药、', '金融服务']);
    expect(wrapText(ctx, 'Fintech, Biomedicine, Finance', 12, 3)).toEqual(['Fintech,', 'Biomedicine,', 'Finance']);
  });

  it('breaks a word longer than a line anywhere, and ends a cut list in an ellipsis', () => {
    expect(wrapText(ctx, '一二三四五六七八', 3, 5)).toEqual(['一二三', '四五六', '七八']);
    const lines = wrapText(ctx, '甲、乙、丙、丁、戊、己', 4, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.every((line) => line.length <= 4)).toBe(true);
  });
});
