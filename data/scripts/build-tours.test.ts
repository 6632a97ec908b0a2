import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../../src/data/catalog-schema';
import { validateTours } from './build-tours';

const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as Catalog;

describe('data/tours.yaml', () => {
  it('is valid against the catalog, and public/data/tours.json is its build', () => {
    const { tours, problems } = validateTours('data/tours.yaml', parseYaml(readFileSync('data/tours.yaml', 'utf8')), catalog);
    expect(problems).toEqual([]);
    expect(JSON.parse(readFileSync('public/data/tours.json', 'utf8'))).toEqual(tours);
    expect(tours!.map((t) => t.id)).toEqual(['sz-services-2021', 'wz-services-2021', 'snd-2021', 'sz-industry-2016', 'overview']);
  });

  it('names the file, tour and step of a zone the catalog lacks, or a malformed step', () => {
    const bad = [
      {
        id: 'x',
        name: { zh: 'X' },
        planIds: ['wz-services-2021', 'nope'],
        steps: [{ zoneId: 'wz-east', frame: { zoneIds: ['wz-east', 'wz-elsewhere'] } }, { zoneId: 'wz-nowhere' }],
      },
    ];
    expect(validateTours('data/tours.yaml', bad, catalog).problems).toEqual([
      'data/tours.yaml: tour x: planIds: no plan "nope" in public/data/catalog.json',
      'data/tours.yaml: tour x step 1: no zone "wz-elsewhere" in public/data/catalog.json',
      'data/tours.yaml: tour x step 2: no zone "wz-nowhere" in public/data/catalog.json',
    ]);
    const tooClose = [{ id: 'z', name: { zh: 'Z' }, planIds: ['wz-services-2021'], steps: [{ zoneId: 'wz-east', frame: { maxZoom: 19 } }] }];
    expect(validateTours('data/tours.yaml', tooClose, catalog).problems[0]).toMatch(/^data\/tours\.yaml: tour z step 1: frame\.maxZoom: /);
    const malformed = [{ id: 'y', name: { zh: 'Y' }, planIds: ['wz-services-2021'], steps: [{ zoneId: 'wz-east' }, { caption: { zh: '无区域' } }] }];
    expect(validateTours('data/tours.yaml', malformed, catalog).problems[0]).toMatch(/^data\/tours\.yaml: tour y step 2: zoneId: /);
  });
});
