import { pinyin } from 'pinyin-pro';
import type { Catalog } from './catalog-schema';
import { searchIndexSchema, type SearchEntry, type SearchIndex } from './search-index-schema';

/*
 * Build-time only: used by data/scripts/build-search-index.ts and by tests. The app never imports this file,
 * so the pinyin dictionary (a devDependency) stays out of the bundle; the browser reads the built JSON instead.
 */

const hanOrWord = /\p{Script=Han}|[a-z0-9]+/gu;

/** Toneless syllables of a name; pinyin-pro reads whole words, so 长三角 gives chang and 重庆 chong. ü is v. */
function syllables(text: string): string[] {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return parts.flatMap((part) => part.toLowerCase().match(hanOrWord) ?? []);
}

export function pinyinKeys(text: string): { initials: string; full: string } {
  const words = syllables(text);
  return { initials: words.map((w) => (/^[a-z]/.test(w) ? w[0] : w)).join(''), full: words.join('') };
}

/** The whole name and each of its parts, so the bracketed 狮山商务创新区 of 商务创新功能区（…） is a prefix too. */
export function nameParts(name: string): string[] {
  const parts = name.split(/[（）()—·、\s]+/u).filter((part) => part.length > 1);
  return [...new Set([name, ...parts])];
}

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const entries: SearchEntry[] = [];
  const add = (type: SearchEntry['type'], id: string, names: string[]) => {
    const seen = new Set<string>();
    for (const text of names.flatMap(nameParts)) {
      const keys = pinyinKeys(text);
      const key = `${keys.initials}|${keys.full}`;
      if (keys.full === '' || seen.has(key)) continue;
      seen.add(key);
      entries.push({ type, id, ...keys });
    }
  };
  for (const zone of catalog.zones) add('zone', zone.id, [zone.name.zh]);
  for (const carrier of catalog.carriers) add('carrier', carrier.id, [carrier.name.zh]);
  for (const industry of catalog.industries) add('industry', industry.id, [industry.name.zh, ...industry.aliases]);
  for (const family of catalog.families) add('family', family.id, [family.name.zh]);
  return searchIndexSchema.parse({ version: catalog.version, entries });
}
