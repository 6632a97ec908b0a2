import type { Locale } from './messages';

/**
 * English names of the administrative units the plans name (a zone's `districts`, a carrier's `district`). The
 * county-level units are named as the base map labels them (`name_en` in districts.geojson); towns and
 * subdistricts by their official pinyin. tests/data/place-names.test.ts keeps this list complete and in step
 * with the base map.
 */
export const placeNamesEn: Record<string, string> = {
  姑苏区: 'Gusu District',
  苏州工业园区: 'Suzhou Industrial Park',
  虎丘区: 'Huqiu District (Suzhou New District)',
  吴中区: 'Wuzhong District',
  相城区: 'Xiangcheng District',
  吴江区: 'Wujiang District',
  常熟市: 'Changshu',
  张家港市: 'Zhangjiagang',
  昆山市: 'Kunshan',
  太仓市: 'Taicang',
  昆山市区: 'Kunshan city proper',
  狮山横塘街道: 'Shishan-Hengtang Subdistrict',
  枫桥街道: 'Fengqiao Subdistrict',
  东渚街道: 'Dongzhu Subdistrict',
  镇湖街道: 'Zhenhu Subdistrict',
  浒墅关镇: 'Xushuguan Town',
  通安镇: "Tong'an Town",
};

/** A place in the chosen language; an unlisted place keeps its Chinese name rather than vanish. */
export const placeName = (zh: string, locale: Locale): string => (locale === 'en' ? (placeNamesEn[zh] ?? zh) : zh);

/** Several places as one line: 虎丘区、东渚街道 / Huqiu District (Suzhou New District), Dongzhu Subdistrict. */
export const placeList = (places: string[], locale: Locale): string =>
  places.map((place) => placeName(place, locale)).join(locale === 'zh' ? '、' : ', ');
