import { readFileSync } from 'node:fs';
import type * as z from 'zod/mini';
import { firstViewIndexProblems } from './first-view-check';
import type { FirstViewIndex } from './first-view-index';
import { firstViewIndexSchema } from './first-view-index-schema';

const index = JSON.parse(readFileSync('public/data/catalog-index.json', 'utf8')) as FirstViewIndex;

type Mutation = [string, (index: any) => unknown]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Damage of the kinds a hand-edited or cut file has, each with the field zod names first. */
const mutations: Mutation[] = [
  ['the file is not an object', () => []],
  ['version missing', (i) => ({ ...i, version: undefined })],
  ['version empty', (i) => ({ ...i, version: '' })],
  ['no plans', (i) => ({ ...i, plans: [] })],
  ['plans not a list', (i) => ({ ...i, plans: {} })],
  ['zones missing', (i) => ({ ...i, zones: undefined })],
  ['an unknown key at the top', (i) => ({ ...i, extra: 1 })],
  ['a plan id not a slug', (i) => ((i.plans[0].id = 'City Plan'), i)],
  ['a plan level unknown', (i) => ((i.plans[1].level = 'province'), i)],
  ['a plan name without zh', (i) => ((i.plans[0].name = { en: 'City' }), i)],
  ['a plan name with an empty en', (i) => ((i.plans[0].name.en = ''), i)],
  ['a plan name a string', (i) => ((i.plans[0].pattern = '一核'), i)],
  ['a plan source a number', (i) => ((i.plans[0].source = 7), i)],
  ['a plan with an unknown key', (i) => ((i.plans[0].colour = 'red'), i)],
  ['a zone of an unknown kind', (i) => ((i.zones[0].kind = 'volcano'), i)],
  ['a zone without a plan', (i) => (delete i.zones[3].planId, i)],
  ['a zone parent not a slug', (i) => ((i.zones[2].parentId = 'A B'), i)],
  ['a zone null', (i) => ((i.zones[5] = null), i)],
  ['a zone name with an unknown key', (i) => ((i.zones[1].name.fr = 'x'), i)],
];

describe('the first view’s own check of its index', () => {
  it('accepts the index as built', () => {
    expect(firstViewIndexProblems(index)).toEqual([]);
    expect(firstViewIndexSchema.safeParse(index).success).toBe(true);
  });

  it.each(mutations)('rejects it as zod does, naming the same field first: %s', (_, mutate) => {
    const damaged = mutate(structuredClone(index));
    const problems = firstViewIndexProblems(damaged);
    const parsed = firstViewIndexSchema.safeParse(damaged);
    expect(parsed.success).toBe(false);
    expect(problems.length).toBeGreaterThan(0);
    const zodPath = parsed.error!.issues[0]!.path.join('.') || '(root)';
    expect(problems[0]!.split(': ')[0]).toBe(zodPath);
  });

  it('names the field and what it should be', () => {
    const damaged = structuredClone(index);
    damaged.zones[0]!.kind = 'volcano' as FirstViewIndex['zones'][number]['kind'];
    expect(firstViewIndexProblems(damaged)).toEqual([`zones.0.kind: expected one of ring|axis|belt|area|park|county|corridor|cluster`]);
  });

  it('has the type the schema infers', () => {
    expectTypeOf<z.infer<typeof firstViewIndexSchema>>().toEqualTypeOf<FirstViewIndex>();
  });
});
