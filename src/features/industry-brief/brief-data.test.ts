import { indexCatalog } from '../../data/catalog-index';
import { lensScope } from '../../data/lens-scope';
import { fixtureCatalog } from '../../test/fixture-catalog';
import { briefSources, lineRuns } from './brief-data';

describe('briefSources', () => {
  it('lists each cited document with the first line of every fact, in order', () => {
    const scope = lensScope(indexCatalog(fixtureCatalog), { kind: 'family', id: 'money' })!;
    expect(briefSources(scope, fixtureCatalog.sources)).toEqual([{ source: fixtureCatalog.sources[0], lines: [10, 20, 30, 41, 50] }]);
  });
});

describe('lineRuns', () => {
  it('joins consecutive lines into runs', () => {
    expect(lineRuns([553, 555, 556, 557, 579])).toBe('553, 555–557, 579');
    expect(lineRuns([])).toBe('');
  });
});
