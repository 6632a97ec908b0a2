import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from '../../src/data/catalog-schema';
import { assembleCatalog, describeTraps } from '../../data/scripts/assemble-catalog';
import { validateTours } from '../../data/scripts/build-tours';
import { namedPlacesFileSchema } from '../../data/scripts/named-places';
import { readNamedPlacesFile } from '../../data/scripts/named-places-file';
import { handDrawnPath, readHandDrawn } from '../../data/base/hand-drawn-schema';
import { readRecipes } from '../../data/geometry/recipe-file';
import { authoredFiles, dataDir, readAuthoredData, readYaml, repoDir } from '../../data/scripts/read-authored';

/** Every YAML file under data/, however deep. */
function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFilesUnder(path);
    return entry.name.endsWith('.yaml') ? [relative(repoDir, path)] : [];
  });
}

const authored = readAuthoredData();
const catalogFiles = authoredFiles(authored);
const tours = readYaml(join(dataDir, 'tours.yaml'));
const namedPlaces = readNamedPlacesFile();
const recipes = [...readRecipes(join(dataDir, 'plans/shapes'), repoDir).values()];

describe('every authored file under data/', () => {
  it('is read by a schema: the catalog build, the tour build, the shape recipes, the base map’s hand-drawn features or the named-places scan', () => {
    readHandDrawn();
    const handDrawn = { path: relative(repoDir, handDrawnPath) };
    const read = new Set([...catalogFiles, tours, namedPlaces, ...recipes, handDrawn].map((file) => file.path));
    // data/templates/ holds what `plan:new` fills in; tests/data/new-plan.test.ts builds a plan from them.
    const templates = (path: string) => path.startsWith('data/templates/');
    expect(yamlFilesUnder(dataDir).filter((path) => !read.has(path) && !templates(path))).toEqual([]);
  });

  it('has no value cut by a comma inside { … }', () => {
    expect([...catalogFiles, tours, namedPlaces].flatMap(describeTraps)).toEqual([]);
  });

  it('has no key its schema does not know (every object is strict)', () => {
    const catalog: Catalog = assembleCatalog(authored);
    expect(validateTours(tours.path, tours.content, catalog).problems).toEqual([]);
    expect(namedPlacesFileSchema.safeParse(namedPlaces.content).error?.issues ?? []).toEqual([]);
  });
});

describe('the strictness', () => {
  it('reaches every object of a tour', () => {
    const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;
    const stray = [{ id: 't', name: { zh: '游', en: 'Tour', fr: 'Visite' }, planIds: ['snd-2021'], steps: [{ zoneId: 'snd-tech-ecology', colour: 'red' }] }];
    expect(validateTours('data/tours.yaml', stray, catalog).problems).toEqual([
      'data/tours.yaml: tour t: name: Unrecognized key: "fr"',
      'data/tours.yaml: tour t step 1: step: Unrecognized key: "colour"',
    ]);
  });
});
