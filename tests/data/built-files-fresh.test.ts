import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog } from '../../data/scripts/build-catalog.ts';
import { buildGeometry } from '../../data/scripts/build-geometry.ts';
import { buildSearchIndexFile } from '../../data/scripts/build-search-index.ts';
import { buildTours } from '../../data/scripts/build-tours.ts';
import { publicDir } from '../../data/scripts/script-io.ts';

/*
 * The committed public/data and public/geojson are what `npm run data` makes of data/: the build runs into a
 * temporary folder and every committed file must come out byte for byte. A file edited by hand, or authored
 * data changed without a rebuild, is named here.
 */

/** Built by `npm run data:base` from downloaded map sources that the suite does not have; inputs to the rest. */
const baseGeography = ['geojson/base/context.geojson', 'geojson/base/districts.geojson', 'geojson/base/rivers.geojson', 'geojson/base/water.geojson'];

const filesBelow = (dir: string): string[] =>
  ['data', 'geojson'].flatMap((part) =>
    readdirSync(join(dir, part), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)),
  );

describe('the committed data files are fresh', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'suzhou-built-'));
  beforeAll(async () => {
    buildCatalog(outDir);
    buildSearchIndexFile(outDir);
    buildTours(outDir);
    await buildGeometry(outDir);
  }, 240_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('building data/ reproduces every committed file in public/data and public/geojson', () => {
    const stale = filesBelow(publicDir)
      .filter((file) => !baseGeography.includes(file))
      .filter((file) => !existsSync(join(outDir, file)) || !readFileSync(join(outDir, file)).equals(readFileSync(join(publicDir, file))))
      .map((file) => `public/${file} is not what npm run data builds`);
    expect(stale).toEqual([]);
  });

  it('builds no file that is not committed', () => {
    const committed = new Set(filesBelow(publicDir));
    expect(filesBelow(outDir).filter((file) => !committed.has(file))).toEqual([]);
  });
});
