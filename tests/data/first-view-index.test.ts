import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstViewIndexOf } from '../../src/data/first-view-index';
import { firstViewIndexSchema } from '../../src/data/first-view-index-schema';
import { parseCatalog } from '../../src/data/load-catalog';

const read = (file: string) => JSON.parse(readFileSync(`public/${file}`, 'utf8'));

describe('data/catalog-index.json', () => {
  const catalog = parseCatalog('data/catalog.json', read('data/catalog.json'));
  const index = read('data/catalog-index.json');

  it('is the first view’s index of catalog.json as built now (npm run data:build writes both)', () => {
    expect(index).toEqual(firstViewIndexOf(catalog));
  });

  it('passes the schema the app checks it with', () => {
    expect(firstViewIndexSchema.safeParse(index).success).toBe(true);
  });

  it('stays small: the first view does not carry the catalog', () => {
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(catalog).length / 20);
  });
});
