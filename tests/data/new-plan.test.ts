// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { parse } from 'yaml';
import { scaffoldPlan } from '../../data/scripts/new-plan';
import { examplePlan, fillExamplePlan } from './support/example-plan';
import { tempCopy } from './support/temp-copy';

/** `npm run plan:new` in a throwaway copy: what it writes, what the build says of it unfilled, and filled. */
describe('a new plan', () => {
  const copy = tempCopy();
  const data = join(copy.dir, 'data');
  const { id } = examplePlan;

  it('is scaffolded with every field commented, and joins the plan order', () => {
    const output = copy.run('plan:new', id);
    expect(output).toContain(`data/plans/${id}.yaml`);
    const plan = readFileSync(join(data, 'plans', `${id}.yaml`), 'utf8');
    for (const field of ['id:', 'name:', 'pattern:', 'level:', 'area:', 'period:', 'source:', 'kind:', 'districts:', 'industryIds:', 'refs:']) {
      const line = plan.split('\n').find((l) => l.trimStart().startsWith(field) || l.trimStart().startsWith(`- ${field}`));
      expect(line, `${field} is commented`).toMatch(/#/);
    }
    expect(existsSync(join(data, 'plans/shapes', `${id}.yaml`))).toBe(true);
    expect(parse(readFileSync(join(data, 'meta.yaml'), 'utf8')).planOrder.at(-1)).toBe(id);
  });

  it('refuses an id that is taken or not a slug', () => {
    expect(() => scaffoldPlan(id, data)).toThrow(`data/plans/${id}.yaml exists already`);
    expect(() => scaffoldPlan('Xiangcheng 2026', data)).toThrow('is not a plan id');
  });

  it('unfilled, fails the build naming the file, the record and the field', { timeout: 60_000 }, () => {
    expect(() => copy.run('data:build')).toThrow(new RegExp(`data/plans/${id}.yaml.*(source|industryIds)`));
  });

  it('filled, builds with `npm run data` and is drawn', { timeout: 180_000 }, () => {
    fillExamplePlan(data);
    copy.run('data');
    const catalog = JSON.parse(readFileSync(join(copy.dir, 'public/data/catalog.json'), 'utf8'));
    expect(catalog.plans.map((p: { id: string }) => p.id)).toContain(id);
    const layer: FeatureCollection = JSON.parse(readFileSync(join(copy.dir, `public/geojson/${id}.geojson`), 'utf8'));
    expect(layer.features.map((f) => [f.properties?.id, f.geometry.type])).toEqual([
      [examplePlan.county.id, 'MultiPolygon'],
      [examplePlan.park.id, 'Point'],
    ]);
  });
});
