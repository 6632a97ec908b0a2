import { CatalogLoadError, parseCatalog } from './load-catalog';

const minimal = Object.freeze({
  version: '1',
  sources: [{ id: 'doc', title: { zh: '文件' }, issuer: { zh: '机关' }, year: 2021 }],
  plans: [
    {
      id: 'p',
      name: { zh: '规划' },
      pattern: { zh: '一环' },
      level: 'city',
      area: { zh: '苏州市' },
      period: { zh: '十四五' },
      source: 'doc',
      refs: [{ source: 'doc', lines: [1, 1], basis: 'stated' }],
    },
  ],
  zones: [],
  industries: [],
  carriers: [],
  targets: [],
});

describe('parseCatalog', () => {
  it('accepts a catalog that keeps to the contract', () => {
    expect(parseCatalog('catalog.json', minimal).plans[0]?.id).toBe('p');
  });

  it('names the file and the field that is wrong', () => {
    const broken = { ...minimal, plans: [{ ...minimal.plans[0], level: 'province' }] };
    try {
      parseCatalog('data/catalog.json', broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogLoadError);
      expect((error as CatalogLoadError).file).toBe('data/catalog.json');
      expect((error as CatalogLoadError).problems.join()).toContain('plans.0.level');
    }
  });

  it('rejects a reference to a source that does not exist', () => {
    const orphan = { ...minimal, plans: [{ ...minimal.plans[0], source: 'missing' }] };
    expect(() => parseCatalog('catalog.json', orphan)).toThrow(/unknown source "missing"/);
  });
});
