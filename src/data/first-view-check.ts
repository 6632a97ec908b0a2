import { planLevelValues, zoneKindValues, type FirstViewIndex } from './first-view-index';

/**
 * The check of the first view's index on its way to the map: the same rules as its zod schema
 * (`first-view-index-schema.ts`; `first-view-check.test.ts` holds the two to the same answers), written out
 * because the index is all the first view reads and zod's core would be the largest code it waits for. Each
 * problem names the field as zod would (`zones.0.kind: …`).
 */
type Check = (value: unknown, path: string, problems: string[]) => void;

const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const problem = (problems: string[], path: string, message: string) => problems.push(`${path || '(root)'}: ${message}`);

const text: Check = (value, path, problems) => {
  if (typeof value !== 'string') problem(problems, path, `expected string, received ${typeof value}`);
  else if (value.length === 0) problem(problems, path, 'expected a non-empty string');
};

const slugPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const slug: Check = (value, path, problems) => {
  if (typeof value !== 'string') problem(problems, path, `expected string, received ${typeof value}`);
  else if (!slugPattern.test(value)) problem(problems, path, 'ids are lowercase ASCII slugs');
};

const oneOf =
  (values: readonly string[]): Check =>
  (value, path, problems) => {
    if (!values.includes(value as string)) problem(problems, path, `expected one of ${values.join('|')}`);
  };

const optional =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== undefined) check(value, path, problems);
  };

/** An object with exactly these fields (an unknown key is a slip in the file, as the catalog's schema has it). */
const strictObject =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(problems, path, 'expected object');
    const record = value as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) check(record[key], at(path, key), problems);
    const unknown = Object.keys(record).filter((key) => !(key in fields));
    if (unknown.length) problem(problems, path, `unrecognized keys: ${unknown.join(', ')}`);
  };

const list =
  (item: Check, minLength = 0): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return problem(problems, path, 'expected array');
    if (value.length < minLength) problem(problems, path, `expected at least ${minLength} item`);
    value.forEach((entry, i) => item(entry, at(path, i), problems));
  };

const name = strictObject({ zh: text, en: optional(text) });

const firstViewIndex = strictObject({
  version: text,
  plans: list(
    strictObject({ id: slug, name, pattern: name, level: oneOf(planLevelValues), area: name, period: name, source: text }),
    1,
  ),
  zones: list(strictObject({ id: slug, planId: slug, kind: oneOf(zoneKindValues), name, parentId: optional(slug) })),
});

/** The index's problems, each naming its field; none means the file is a `FirstViewIndex`. */
export function firstViewIndexProblems(json: unknown): string[] {
  const problems: string[] = [];
  firstViewIndex(json, '', problems);
  return problems;
}

export const isFirstViewIndex = (json: unknown): json is FirstViewIndex => firstViewIndexProblems(json).length === 0;
