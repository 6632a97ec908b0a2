import { findNames, flatten } from './find-names';

const rules = {
  placeWords: ['园区', '产业园', '区', '城', '中心', '港区', '港'],
  notPlaceWords: ['城市', '区域'],
  leadWords: ['推进', '依托', '加快', '建设', '深化', '联动', '以', '和', '等'],
};
const names = (lines: string[], known: string[] = [], paragraphs = false) =>
  findNames(flatten(lines, [1, lines.length], paragraphs), rules, known).map((found) => found.name);

describe('flatten', () => {
  it('joins wrapped lines, drops page numbers and keeps the source line of every character', () => {
    const flat = flatten(['依托太湖科', '', ' — 28 — ', '学城建设'], [1, 4]);
    expect(flat.text).toBe('依托太湖科学城建设');
    expect(flat.lineAt[flat.text.indexOf('学')]).toBe(4);
  });

  it('ends a sentence at a heading, a table cell and, in paragraph documents, at every line', () => {
    expect(flatten(['## 第四章', '正文'], [1, 2]).text).toBe('。第四章。正文');
    expect(flatten(['1\t指标'], [1, 1], true).text).toBe('。1|指标。');
  });
});

describe('findNames', () => {
  it('takes a name from the last lead word to the place word that ends it', () => {
    expect(names(['加快推进苏州工业园区现代服务业产业园建设。'])).toEqual(['苏州工业园区现代服务业产业园']);
  });

  it('finds every name of a list, with its first line and count', () => {
    const lines = ['以太湖科学城、独墅湖科教创新区、昆', '山未来城为依托；太湖科学城'];
    const found = findNames(flatten(lines, [1, 2]), rules);
    expect(found.map((f) => f.name)).toEqual(['太湖科学城', '独墅湖科教创新区', '昆山未来城']);
    expect(found.find((f) => f.name === '昆山未来城')?.line).toBe(1);
    expect(found.find((f) => f.name === '太湖科学城')?.count).toBe(2);
  });

  it('keeps short brackets inside a name and splits at long ones', () => {
    expect(names(['推进苏州（太仓）港口型物流中心建设'])).toEqual(['苏州（太仓）港口型物流中心']);
    expect(names(['联动苏州（太仓市、相城区、苏州工业园区）'])).toEqual(['相城区', '苏州工业园区']);
  });

  it('ends no name inside a quotation but at its close', () => {
    expect(names(['推进“一带一路”建设'])).toEqual([]);
    expect(names(['以“昆山+工业园区”为核心'])).toEqual(['“昆山+工业园区”']);
  });

  it('skips words that only begin like a place word', () => {
    expect(names(['推进城市区域发展'])).toEqual([]);
  });

  it('does not split a known name at a lead word inside it', () => {
    expect(names(['深化自贸片区联动创新区建设'])).toEqual(['自贸片区', '创新区']);
    expect(names(['深化自贸片区联动创新区建设'], ['自贸片区联动创新区'])).toEqual(['自贸片区联动创新区']);
  });
});
