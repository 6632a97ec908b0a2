// @vitest-environment node
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema';
import { exportDraft } from '../../src/features/draft/draft-export';
import { drawnZone, editedZone, type DraftZone } from '../../src/data/draft-model';
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
    carrierIds: ['wz-taihu-eco-island'],
  };
  const point: DraftZone = { ...drawnZone([square], { type: 'Point', coordinates: [120.62, 31.21] }), industryIds: [] };
  // An edit of the plan's 东部 zone: an industry swapped, a carrier moved in, and its shape redrawn as a triangle.
  const east = catalog.zones.find((z) => z.id === 'wz-east')!;
  const eastEdit: DraftZone = {
    ...editedZone(east, { type: 'Polygon', coordinates: [[[120.7, 31.2], [120.8, 31.2], [120.75, 31.28], [120.7, 31.2]]] }),
    industryIds: [...east.industryIds.filter((id) => id !== 'modern-logistics'), 'convention-and-exhibition'],
    carrierIds: [...east.carrierIds, 'wz-jinting-town'],
    reshaped: true,
  };
  // An edit of another plan's zone, its role only: its files are that plan's.
  const science = catalog.zones.find((z) => z.id === 'snd-taihu-science-city')!;
  const scienceEdit: DraftZone = { ...editedZone(science, undefined), role: { zh: '科创核心', en: 'Innovation core' } };
  const files = exportDraft([square, point, eastEdit, scienceEdit], plan, catalog);

  it('is, per plan it touches, a plan supplement, a recipe supplement and the shapes', () => {
    expect(files.map((f) => f.path)).toEqual([
      'data/plans/wz-services-2021-draft.yaml',
      'data/plans/shapes/wz-services-2021-draft-shapes.yaml',
      'data/plans/shapes/wz-services-2021-draft.geojson',
      'data/plans/snd-2021-draft.yaml',
    ]);
    expect(files[0]!.text).toContain('basis: inferred');
    expect(files[0]!.text).not.toContain('quote:');
    expect(files[1]!.text).toContain('redraws: [wz-east]');
    // The untouched parts of an edit are left to the plan: the role only.
    expect(files[3]!.text).toMatch(/zoneEdits:\n {2}- id: snd-taihu-science-city\n {4}role: \{ zh: 科创核心, en: Innovation core \}\n {4}refs:/);
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
    expect(built.carriers.find((c) => c.id === 'wz-taihu-eco-island')!.zoneIds).toContain('wz-services-2021-draft-zone-1');

    // The edits: the plan's zone changed as the draft changed it, with the draft's uncited ref beside the plan's own.
    const edited = built.zones.find((z) => z.id === 'wz-east')!;
    expect(edited.industryIds).toEqual(eastEdit.industryIds);
    expect(edited.carrierIds).toContain('wz-jinting-town');
    expect(edited.refs.at(-1)).toMatchObject({ basis: 'inferred' });
    expect(edited.refs.length).toBe(east.refs.length + 1);
    const triangle = layer.features.find((f: { properties: { id: string } }) => f.properties.id === 'wz-east');
    expect(triangle.geometry.coordinates[0]).toHaveLength(4);
    expect(built.zones.find((z) => z.id === 'snd-taihu-science-city')).toMatchObject({ role: scienceEdit.role, industryIds: science.industryIds });
  });
});
