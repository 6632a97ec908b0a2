import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { measureLayer, type ZoneMeasure } from './support/zone-measures';

/**
 * Each zone's shape as the plans' TypeScript builders drew it, recorded before the shapes moved into recipes
 * (data/plans/shapes/*.yaml). The recipes must draw the same zones: area or length within 1 %, centre within
 * 0.5 km.
 */
const before: Record<string, Record<string, ZoneMeasure>> = JSON.parse(
  readFileSync('tests/data/fixtures/zone-shapes-before-recipes.json', 'utf8'),
);

describe.each(Object.keys(before))('%s', (planId) => {
  const now = measureLayer(JSON.parse(readFileSync(`public/geojson/${planId}.geojson`, 'utf8')) as FeatureCollection);

  it('has the same zones', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(before[planId]!).sort());
  });

  it.each(Object.entries(before[planId]!))('%s keeps its size and place', (zoneId, was) => {
    const is = now[zoneId]!;
    expect(is.type.replace('Multi', ''), 'geometry type').toBe(was.type.replace('Multi', ''));
    expect(Math.abs(is.size - was.size), `size ${is.size} vs ${was.size}`).toBeLessThanOrEqual(was.size * 0.01);
    expect(distance(is.centre, was.centre, { units: 'kilometers' }), 'centre moved (km)').toBeLessThanOrEqual(0.5);
  });
});
