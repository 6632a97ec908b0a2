import { fixtureCatalog } from '../../test/fixture-catalog';
import realCatalog from '../../../public/data/catalog.json';
import realIndex from '../../../public/data/search-index.json';
import { catalogSchema } from '../../data/catalog-schema';
import { flatHits, searchTable } from './search';
import { buildSearchTable } from './search-table';
import type { Catalog } from '../../data/catalog-schema';
import type { SearchEntry } from '../../data/search-index-schema';
import { searchIndexSchema } from '../../data/search-index-schema';
import { buildSearchIndex, nameParts, pinyinKeys } from '../../data/search-keys';

const entries = buildSearchIndex(fixtureCatalog).entries;
const searchCatalog = (catalog: Catalog, query: string, pinyin: SearchEntry[] = [], limit?: number) => searchTable(buildSearchTable(catalog, pinyin), query, limit);
const ids = (query: string, withPinyin = true) =>
  flatHits(searchCatalog(fixtureCatalog, query, withPinyin ? entries : [])).map((hit) => `${hit.type}:${hit.id}`);

describe('pinyin keys', () => {
  it('gives initials and toneless full pinyin, reading polyphonic characters in context', () => {
    expect(pinyinKeys('东太湖科技金融城')).toEqual({ initials: 'dthkjjrc', full: 'dongtaihukejijinrongcheng' });
    expect(pinyinKeys('长三角').initials).toBe('csj');
    expect(pinyinKeys('文旅').full).toBe('wenlv');
    expect(pinyinKeys('5G 产业').initials).toBe('5gcy');
  });

  it('keys the bracketed part of a name as well as the whole', () => {
    expect(nameParts('商务创新功能区（狮山商务创新区）')).toEqual(['商务创新功能区（狮山商务创新区）', '商务创新功能区', '狮山商务创新区']);
  });
});

describe('searchCatalog', () => {
  it('finds Chinese names by pinyin initials and by full pinyin', () => {
    expect(ids('yhn')).toEqual(['zone:city-axis']);
    expect(ids('dongbu')).toEqual(['zone:district-east']);
    expect(ids('swyy')).toEqual(['family:life', 'industry:biomedicine', 'carrier:district-park']);
  });

  it('offers a family first: by its own name, or through the best of its industries', () => {
    expect(ids('金融')).toEqual(['family:money', 'industry:finance', 'carrier:city-hub']);
    const [family, industry] = flatHits(searchCatalog(fixtureCatalog, '检验', entries));
    expect(family).toMatchObject({ type: 'family', id: 'tech', viaIndustry: 'inspection' });
    expect(industry).toMatchObject({ type: 'industry', id: 'inspection' });
  });

  it('finds English names, case-insensitively, and aliases', () => {
    expect(ids('BIOMED')).toEqual(['family:life', 'industry:biomedicine', 'carrier:district-park']);
    expect(ids('检验检测')[1]).toBe('industry:inspection');
    const [, hit] = flatHits(searchCatalog(fixtureCatalog, '金融', entries));
    expect(hit).toMatchObject({ type: 'industry', id: 'finance', rank: 0, via: '金融' });
  });

  it('ranks exact and prefix matches before substrings, and names before pinyin', () => {
    // 金融 is an alias of 金融服务 (exact) and the start of 金融中心 (prefix).
    expect(ids('金融').slice(1)).toEqual(['industry:finance', 'carrier:city-hub']);
    // 发展环 starts with it; 沿沪宁发展轴 only contains it.
    expect(ids('发展')).toEqual(['zone:city-ring', 'zone:city-axis']);
    // "and" starts a word of an English name; 沿沪宁发展轴's English name contains "an", 发展环 only its pinyin.
    expect(ids('an').filter((id) => !id.startsWith('family:'))[0]).toBe('industry:inspection');
    expect(ids('an').indexOf('zone:city-axis')).toBeLessThan(ids('an').indexOf('zone:city-ring'));
    // Only the pinyin index knows that "szjj" is 数字经济.
    expect(ids('szjj')).toEqual(['family:tech', 'industry:digital-economy']);
    expect(ids('szjj', false)).toEqual([]);
  });

  it('keeps the best of thousands of matches, in order: the closest match, then the shortest name, then catalog order', () => {
    const [template] = fixtureCatalog.carriers;
    const carriers = Array.from({ length: 3000 }, (_, i) => ({ ...template!, id: `park-${i}`, name: { zh: `金融园${'区'.repeat(i % 7)}${i}` } }));
    const many = { ...fixtureCatalog, carriers: [...fixtureCatalog.carriers, ...carriers] };
    const shown = flatHits(searchCatalog(many, '金融园', [])).map((hit) => hit.id);
    // Every one starts with the query: the shortest names first, then catalog order, as a full sort would give.
    const sorted = carriers.map((c, i) => ({ id: c.id, length: c.name.zh.length, i })).sort((a, b) => a.length - b.length || a.i - b.i);
    expect(shown).toEqual(sorted.slice(0, 12).map((c) => c.id));
    expect(shown.slice(0, 4)).toEqual(['park-0', 'park-7', 'park-1', 'park-8']);
  });

  it('ranks the start of a later English word above a match inside a word, wherever the first match is', () => {
    const [template] = fixtureCatalog.carriers;
    const inside = { ...template!, id: 'inside', name: { zh: '蘑菇园', en: 'Mushroom farm' } };
    // "sh" is first inside Xushuguan, then starts "shopping".
    const later = { ...template!, id: 'later', name: { zh: '浒墅关商业街区', en: 'Xushuguan shopping street' } };
    const catalog = { ...fixtureCatalog, carriers: [inside, later] };
    const carriers = flatHits(searchCatalog(catalog, 'sh')).filter((hit) => hit.type === 'carrier');
    expect(carriers.map((hit) => [hit.id, hit.rank])).toEqual([
      ['later', 2],
      ['inside', 3],
    ]);
  });

  it('reads a dozen places when thousands match, and none when a pair of letters is in no name', () => {
    const [template] = fixtureCatalog.carriers;
    const carriers = Array.from({ length: 5000 }, (_, i) => ({ ...template!, id: `park-${i}`, name: { zh: `园区${i}`, en: `Carrier ${i}` } }));
    const table = buildSearchTable({ ...fixtureCatalog, carriers }, []);
    let reads = 0;
    table.places.places = new Proxy(table.places.places, {
      get: (places, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(places, key);
      },
    });
    const readFor = (query: string) => {
      reads = 0;
      return { ids: flatHits(searchTable(table, query)).map((hit) => hit.id), reads };
    };
    // Every carrier starts with 园 and has "r" in its English name: the twelve shortest, then catalog order.
    expect(readFor('园')).toEqual({ ids: ['park-0', 'park-1', 'park-2', 'park-3', 'park-4', 'park-5', 'park-6', 'park-7', 'park-8', 'park-9', 'park-10', 'park-11'], reads: expect.any(Number) });
    expect(readFor('园').reads).toBeLessThan(30);
    expect(readFor('r').reads).toBeLessThan(40);
    // c and 6 are in thousands of names, "c6" in none.
    expect(readFor('c6')).toEqual({ ids: [], reads: 0 });
    expect(readFor('4999').ids).toEqual(['park-4999']);
  });

  it('groups hits by type, the group with the best hit first, and stops at the limit', () => {
    const groups = searchCatalog(fixtureCatalog, 'e', entries, 3);
    expect(groups.flatMap((g) => g.hits)).toHaveLength(3);
    expect(new Set(groups.map((g) => g.type)).size).toBe(groups.length);
    expect(searchCatalog(fixtureCatalog, '   ', entries)).toEqual([]);
  });
});

describe('the built search index', () => {
  const catalog = catalogSchema.parse(realCatalog);
  const index = searchIndexSchema.parse(realIndex);

  it('is current: every zone, carrier and industry has pinyin keys (else run npm run data:search)', () => {
    const keyed = new Set(index.entries.map((e) => `${e.type}:${e.id}`));
    const missing = [
      ...catalog.zones.map((z) => `zone:${z.id}`),
      ...catalog.carriers.map((c) => `carrier:${c.id}`),
      ...catalog.industries.map((i) => `industry:${i.id}`),
    ].filter((key) => !keyed.has(key));
    expect(missing).toEqual([]);
    expect(index.version).toBe(catalog.version);
  });

  it('finds 东太湖… by "dth" and 狮山… by "ssc"', () => {
    const names = (query: string) =>
      flatHits(searchCatalog(catalog, query, index.entries)).map((hit) =>
        [...catalog.zones, ...catalog.carriers, ...catalog.industries, ...catalog.families].find((item) => item.id === hit.id)!.name.zh,
      );
    expect(names('dth')[0]).toMatch(/^东太湖/);
    expect(names('ssc').some((name) => name.includes('狮山'))).toBe(true);
  });
});
