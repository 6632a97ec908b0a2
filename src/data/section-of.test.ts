import { sectionOf } from './section-of';

const sections = [
  { line: 10, title: '四、空间布局' },
  { line: 14, title: '（一）总体空间布局' },
  { line: 40, title: '五、主要任务' },
];

describe('sectionOf', () => {
  it('finds the heading a line falls under', () => {
    expect(sectionOf(sections, 14)?.title).toBe('（一）总体空间布局');
    expect(sectionOf(sections, 39)?.title).toBe('（一）总体空间布局');
    expect(sectionOf(sections, 40)?.title).toBe('五、主要任务');
  });

  it('has none before the first heading or without sections', () => {
    expect(sectionOf(sections, 3)).toBeUndefined();
    expect(sectionOf(undefined, 3)).toBeUndefined();
  });
});
