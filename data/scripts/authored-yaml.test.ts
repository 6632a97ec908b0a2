import { parseAuthoredYaml } from './authored-yaml';

describe('parseAuthoredYaml', () => {
  it('finds words a comma cut off an unquoted value, with their line and place', () => {
    const text = ['plan:', '  pattern: { zh: 一环两轴四带, en: One ring, two axes, four belts }', 'zones:', '  - id: a', '    name: { zh: 环, en: Ring }'].join('\n');
    const { content, traps } = parseAuthoredYaml(text);
    expect(traps).toEqual([
      { line: 2, path: ['plan', 'pattern'], words: 'two axes' },
      { line: 2, path: ['plan', 'pattern'], words: 'four belts' },
    ]);
    expect(content).toMatchObject({ zones: [{ name: { zh: '环', en: 'Ring' } }] });
  });

  it('passes quoted values, block mappings, flow sequences and empty values', () => {
    const text = [
      'a: { zh: 环, en: "One ring, two axes" }',
      'b:',
      '  zh: 环',
      '  en: One ring, two axes',
      'c: [虎丘区, 吴中区]',
      'd: { zh: 环, en: }',
    ].join('\n');
    expect(parseAuthoredYaml(text).traps).toEqual([]);
  });

  it('names the trap inside a list by its index', () => {
    const { traps } = parseAuthoredYaml('targets:\n  - id: t\n    values: { "2025": { zh: 超1000, en: over 1,000 } }\n');
    expect(traps).toEqual([{ line: 3, path: ['targets', 0, 'values', '2025'], words: '000' }]);
  });

  it('throws on text that is not YAML', () => {
    expect(() => parseAuthoredYaml('a: [1, 2')).toThrow();
  });
});
