import { readFileSync } from 'node:fs';
import { fixtureCatalog } from '../../src/test/fixture-catalog';
import { indexCatalog } from '../../src/data/catalog-index';
import { lookupCode, readCodeQuery } from '../../src/data/code-lookup';
import { codeNames } from '../../src/data/code-table';
import { codeTableSchema } from '../../src/data/code-table-schema';

const names = codeNames(codeTableSchema.parse(JSON.parse(readFileSync('public/data/codes.json', 'utf8'))));
const index = indexCatalog(fixtureCatalog);
const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** The query as the search box would answer it: the code, and the families and industries it falls in. */
function answer(query: string) {
  const read = readCodeQuery(query, names);
  if (read.kind !== 'code') return read;
  const match = lookupCode(index, read.code);
  return { code: read.code, families: ids(match.families), industries: ids(match.industries) };
}

describe('code lookup', () => {
  it('finds a 大类 with or without its 门类 letter', () => {
    expect(answer('C27')).toEqual({ code: 'C27', families: ['life'], industries: ['biomedicine'] });
    expect(answer('27')).toEqual({ code: 'C27', families: ['life'], industries: ['biomedicine'] });
  });

  it('finds a 小类 in the industries of its 大类', () => {
    expect(answer('2720')).toEqual({ code: 'C2720', families: ['life'], industries: ['biomedicine'] });
    expect(answer('ｃ２７２０')).toEqual({ code: 'C2720', families: ['life'], industries: ['biomedicine'] });
  });

  it('finds a 门类 and everything under it', () => {
    expect(answer('J')).toEqual({ code: 'J', families: ['money'], industries: ['finance'] });
    expect(answer('m')).toEqual({ code: 'M', families: ['tech'], industries: ['inspection'] });
  });

  it('finds a family by its own code when no industry has one as fine', () => {
    expect(answer('I65')).toEqual({ code: 'I65', families: ['tech'], industries: [] });
    expect(answer('J6620')).toEqual({ code: 'J6620', families: ['money'], industries: ['finance'] });
  });

  it('reads a code no industry has as a code with no match', () => {
    expect(answer('B06')).toEqual({ code: 'B06', families: [], industries: [] });
    expect(answer('K')).toEqual({ code: 'K', families: [], industries: [] });
  });

  it('tells a malformed code apart from a query that is not a code', () => {
    expect(answer('C2')).toEqual({ kind: 'invalid', text: 'C2' });
    expect(answer('12345')).toEqual({ kind: 'invalid', text: '12345' });
    expect(answer('98')).toEqual({ kind: 'invalid', text: '98' });
    expect(answer('C44')).toEqual({ kind: 'invalid', text: 'C44' });
    expect(answer('Z27')).toEqual({ kind: 'invalid', text: 'Z27' });
    expect(answer('金融')).toEqual({ kind: 'none' });
    expect(answer('dth')).toEqual({ kind: 'none' });
    expect(answer('')).toEqual({ kind: 'none' });
    expect(answer('   ')).toEqual({ kind: 'none' });
  });
});

describe('code lookup on the real catalog', () => {
  const real = indexCatalog(JSON.parse(readFileSync('public/data/catalog.json', 'utf8')));
  const find = (query: string) => {
    const read = readCodeQuery(query, names);
    const match = read.kind === 'code' ? lookupCode(real, read.code) : { families: [], industries: [] };
    return { families: ids(match.families), industries: ids(match.industries) };
  };

  it('answers the codes an enterprise would type', () => {
    expect(find('C27')).toEqual({ families: ['biomedicine'], industries: ['biomedicine'] });
    expect(find('2720')).toEqual(find('C27'));
    expect(find('J66').families).toEqual(['finance']);
    expect(find('J66').industries).toEqual(expect.arrayContaining(['financial-services', 'digital-finance', 'sci-tech-finance']));
    expect(find('I65').families).toEqual(['software-digital', 'electronics']);
    expect(find('7452')).toEqual({ families: ['sci-tech-services'], industries: ['inspection-testing-certification'] });
  });
});
