import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, polygon } from '@turf/turf';
import type { Catalog } from '../../src/data/catalog-schema.ts';
import { readRecipes } from './recipe-file.ts';
import { drawPlans } from './run-recipes.ts';
import type { BaseGeography } from './types.ts';

/** A toy Suzhou: two square districts side by side and a lake, around the real place. */
const square = (west: number, south: number, size: number) =>
  polygon([[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]]).geometry;
const base = {
  districts: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'west', name_zh: '西区', name_en: 'West', kind: 'district' }, geometry: square(120.4, 31.2, 0.1) },
      { type: 'Feature', properties: { id: 'east', name_zh: '东区', name_en: 'East', kind: 'district' }, geometry: square(120.5, 31.2, 0.1) },
    ],
  },
  water: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'pond', name_zh: '塘', name_en: 'Pond', kind: 'lake' }, geometry: square(120.42, 31.22, 0.02) }],
  },
  rivers: { type: 'FeatureCollection', features: [] },
} as unknown as BaseGeography;

const zone = (id: string, planId = 'toy') => ({ id, planId, kind: 'area', name: { zh: id, en: id } });
const catalog = {
  zones: [zone('toy-west'), zone('toy-east'), zone('other-axis', 'other')],
  carriers: [{ id: 'toy-park', coord: [120.55, 31.25] }],
} as unknown as Catalog;

/** Writes the recipes to a fresh folder and draws plan `toy`; returns the features or the error's message. */
function draw(recipes: Record<string, string>) {
  const folder = mkdtempSync(join(tmpdir(), 'recipes-'));
  for (const [name, text] of Object.entries(recipes)) writeFileSync(join(folder, name), text);
  try {
    return drawPlans(readRecipes(folder, folder), base, catalog).draw('toy');
  } catch (error) {
    return (error as Error).message;
  }
}

const good = `steps:
  - { id: toy-west, op: difference, inputs: [west, pond] }
  - id: toy-east
    op: round-area
    params: { at: [120.55, 31.25], km2: 4 }
`;

it('draws each zone from the step with its id, in the catalog order, rewound and labelled', () => {
  const features = draw({ 'toy.yaml': good });
  expect(typeof features).not.toBe('string');
  if (typeof features === 'string') return;
  expect(features.map((f) => f.properties)).toEqual([
    { id: 'toy-west', kind: 'area', label: 'toy-west', label_en: 'toy-west', schematic: true },
    { id: 'toy-east', kind: 'area', label: 'toy-east', label_en: 'toy-east', schematic: true },
  ]);
  expect(area(features[1]!) / 1e6).toBeCloseTo(4, 1);
});

it('takes another plan’s zone by its id', () => {
  const other = 'steps:\n  - { id: other-axis, op: line, params: { through: [[120.45, 31.25], [120.55, 31.25]] } }\n';
  const toy = good.replace('op: round-area\n    params: { at: [120.55, 31.25], km2: 4 }', 'op: zone\n    params: { zone: other-axis }');
  const features = draw({ 'toy.yaml': toy, 'other.yaml': other });
  expect(typeof features === 'string' ? features : features[1]!.geometry.type).toBe('LineString');
});

it('runs a supplement’s steps (a draft’s shapes) after the plan’s own', () => {
  const own = good.replace(/ {2}- id: toy-east[\s\S]*$/, '');
  const supplement = 'planId: toy\nsteps:\n  - { id: toy-east, op: round-area, params: { at: [120.55, 31.25], km2: 4 } }\n';
  const features = draw({ 'toy.yaml': own, 'toy-draft.yaml': supplement });
  expect(typeof features === 'string' ? features : features.map((f) => f.properties.id)).toEqual(['toy-west', 'toy-east']);
  expect(draw({ 'toy.yaml': good, 'toy-draft.yaml': supplement })).toContain('toy-draft.yaml:3, step "toy-east", id: a step "toy-east" comes earlier');
});

it('draws a zone anew from a supplement that says it redraws it, and only then', () => {
  const supplement = 'planId: toy\nredraws: [toy-east]\nsteps:\n  - { id: toy-east, op: point, params: { at: [120.56, 31.26] } }\n';
  const features = draw({ 'toy.yaml': good, 'toy-draft.yaml': supplement });
  expect(typeof features === 'string' ? features : features.map((f) => [f.properties.id, f.geometry.type])).toEqual([
    ['toy-west', 'Polygon'],
    ['toy-east', 'Point'],
  ]);
  const stray = supplement.replace('redraws: [toy-east]', 'redraws: [toy-north]');
  expect(draw({ 'toy.yaml': good, 'toy-draft.yaml': stray })).toContain('toy-draft.yaml, redraws: no step of this file has the id toy-north');
  const own = good.replace(/ {2}- id: toy-east[\s\S]*$/, '');
  expect(draw({ 'toy.yaml': own, 'toy-draft.yaml': supplement })).toContain('redraws "toy-east", but no earlier step draws it');
});

describe('names the file, line, step and field of a problem', () => {
  it.each([
    [
      'an unknown input',
      good.replace('[west, pond]', '[west, lake]'),
      'toy.yaml:2, step "toy-west", inputs[1]: unknown input "lake": no earlier step and no base feature',
    ],
    [
      'an input that comes later',
      `steps:\n  - { id: toy-west, op: tidy, inputs: [later] }\n  - { id: later, op: tidy, inputs: [west] }\n`,
      'toy.yaml:2, step "toy-west", inputs[0]: unknown input "later": that step comes later',
    ],
    [
      'an empty intersection',
      good.replace('op: difference, inputs: [west, pond]', 'op: intersection, inputs: [pond, east]'),
      'toy.yaml:2, step "toy-west": empty intersection: the inputs do not overlap',
    ],
    [
      'a coordinate outside Suzhou ([lat, lng] swapped)',
      good.replace('[120.55, 31.25]', '[31.25, 120.55]'),
      'toy.yaml:3, step "toy-east", params.at: [31.25,120.55] lies outside Suzhou',
    ],
    [
      'a zone outside Suzhou',
      good.replace('[120.55, 31.25]', '[121.5, 31.9]'),
      'toy.yaml:3, step "toy-east": zone toy-east lies outside Suzhou',
    ],
    ['an unknown operation', good.replace('op: round-area', 'op: circle'), 'toy.yaml:3, step "toy-east", op: no operation "circle"'],
    ['a missing param', good.replace(', km2: 4', ''), 'toy.yaml:3, step "toy-east", params.km2: '],
    ['an unknown param', good.replace('km2: 4', 'km2: 4, radius: 2'), 'toy.yaml:3, step "toy-east", params: Unrecognized key: "radius"'],
    ['a wrong number of inputs', good.replace('inputs: [west, pond]', 'inputs: [west]'), 'toy.yaml:2, step "toy-west", inputs: difference takes 2 or more inputs, not 1'],
    ['a line where an area is needed', `steps:\n  - { id: l, op: line, params: { through: [[120.45, 31.25], [120.55, 31.25]] } }\n  - { id: toy-west, op: difference, inputs: [west, l] }\n`, 'toy.yaml:3, step "toy-west", inputs[1]: is a line; a difference needs areas'],
    ['an unknown carrier', good.replace('op: round-area\n    params: { at: [120.55, 31.25], km2: 4 }', 'op: point\n    params: { carriers: [toy-pier] }'), 'toy.yaml:3, step "toy-east", params.carriers[0]: no carrier "toy-pier" in the catalog'],
    ['a zone no step draws', good.replace('id: toy-east', 'id: toy-eats'), 'toy.yaml: no step draws zone toy-east'],
    ['a step id used twice', good.replace('id: toy-east', 'id: toy-west'), 'toy.yaml:3, step "toy-west", id: a step "toy-west" comes earlier'],
    ['a missing GeoJSON file', good.replace('op: round-area\n    params: { at: [120.55, 31.25], km2: 4 }', 'op: geojson\n    params: { file: drawn.geojson }'), 'toy.yaml:3, step "toy-east", params.file: no file drawn.geojson beside the recipe'],
  ])('%s', (_, recipe, message) => {
    expect(draw({ 'toy.yaml': recipe })).toContain(message);
  });
});

it('reads a GeoJSON file drawn in a GIS tool, beside the recipe', () => {
  const drawn = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'a' }, geometry: square(120.52, 31.22, 0.03) }] });
  const recipe = good.replace('op: round-area\n    params: { at: [120.55, 31.25], km2: 4 }', 'op: geojson\n    params: { file: drawn.geojson, id: a }');
  const features = draw({ 'toy.yaml': recipe, 'drawn.geojson': drawn });
  expect(typeof features === 'string' ? features : features[1]!.geometry.type).toBe('Polygon');
});
