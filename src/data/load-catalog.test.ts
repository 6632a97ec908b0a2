import { fixtureCatalog } from '../test/fixture-catalog';
import { CatalogLoadError, parseCatalog } from './load-catalog';

const minimal = fixtureCatalog;

describe('parseCatalog', () => {
  it('accepts a catalog that keeps to the contract', () => {
    expect(parseCatalog('catalog.json', minimal).plans[0]?.id).toBe('city');
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
