import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../../src/data/catalog-schema';
import { placeNamesEn } from '../../src/i18n/place-names';

const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;
const districts = JSON.parse(readFileSync('public/geojson/base/districts.geojson', 'utf8')) as FeatureCollection;

describe('English place names', () => {
  it('name every place the catalog names', () => {
    const places = new Set([...catalog.zones.flatMap((z) => z.districts), ...catalog.carriers.flatMap((c) => c.district ?? [])]);
    expect([...places].filter((place) => !placeNamesEn[place])).toEqual([]);
  });

  it('call each district what the base map calls it', () => {
    for (const { properties } of districts.features) {
      expect(placeNamesEn[properties!.name_zh], properties!.name_zh).toBe(properties!.name_en);
    }
  });
});
