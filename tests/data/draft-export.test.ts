// @vitest-environment node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema';
import { exportDraft } from '../../src/features/draft/draft-export';
import { drawnZone, type DraftZone } from '../../src/data/draft-model';
import { tempCopy } from './support/temp-copy';

/** A draft exported from the app is a patch `npm run data` accepts, and its zones come out as drawn. */
describe('an exported draft', () => {
  const catalog: Catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'));
  const plan = catalog.plans.find((p) => p.id === 'wz-services-2021')!;
  const square: DraftZone = {
    ...drawnZone([], { type: 'Polygon', coordinates: [[[120.6, 31.2], [120.64, 31.2], [120.64, 31.23], [120.6, 31.23], [120.6, 31.2]]] }),
    name: { zh: '草稿：郭巷, 会展', en: 'Draft: Guoxiang, exhibitions' },
    role: { zh: '会展试点', en: '' },
    industryIds: ['convention-and-exhibition'],
  };
  const point: DraftZone = { ...drawnZone([square], { type: 'Point', coordinates: [120.62, 31.21] }), industryIds: [] };
  const files = exportDraft([square, point], plan);

  it('is a plan supplement, a recipe supplement and the shapes', () => {
    expect(files.map((f) => f.path)).toEqual([
      'data/plans/wz-services-2021-draft.yaml',
      'data/plans/shapes/wz-services-2021-draft-shapes.yaml',
      'data/plans/shapes/wz-services-2021-draft.geojson',
    ]);
    expect(files[0]!.text).toContain('basis: inferred');
    expect(files[0]!.text).not.toContain('quote:');
  });

  it('builds with `npm run data` in a copy of the project', { timeout: 180_000 }, () => {
    const copy = tempCopy();
    for (const file of files) {
      mkdirSync(dirname(join(copy.dir, file.path)), { recursive: true });
      writeFileSync(join(copy.dir, file.path), file.text);
    }
    copy.run('data');
    const built: Catalog = JSON.parse(readFileSync(join(copy.dir, 'public/data/catalog.json'), 'utf8'));
    const zone = built.zones.find((z) => z.id === 'wz-services-2021-draft-zone-1');
    expect(zone).toMatchObject({ planId: 'wz-services-2021', name: square.name, industryIds: ['convention-and-exhibition'] });
    const layer = JSON.parse(readFileSync(join(copy.dir, 'public/geojson/wz-services-2021.geojson'), 'utf8'));
    const drawn = layer.features.filter((f: { properties: { id: string } }) => f.properties.id.includes('-draft-'));
    expect(drawn.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual(['Polygon', 'Point']);
  });
});
