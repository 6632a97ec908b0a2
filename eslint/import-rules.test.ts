import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

// Each fixture is a one-line module placed (virtually) at `at`; the rule config must report the upward or
// sideways imports and stay quiet on the ones the architecture allows.
const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

async function importProblems(at: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, { filePath: at });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the import rules keep the layering', () => {
  it.each([
    ['src/state/fixture.ts', '../features/zone-card/zone-card', 'src/state sits below src/features'],
    ['src/data/fixture.ts', '../state/store', 'src/data sits below src/state'],
    ['src/config/fixture.ts', '../data/catalog-schema', 'src/config sits below src/data'],
    ['src/map/fixture.ts', '../app/app', 'src/map sits below src/app'],
    ['src/features/matrix/fixture.ts', '../zone-card/zone-card', "another feature's internals"],
    ['src/features/shared/fixture.ts', '../matrix/matrix-panel', 'imports none of them'],
    ['data/scripts/fixture.ts', '../../src/features/search/search.ts', 'only the pure modules of src/'],
    ['data/scripts/fixture.ts', '../../src/state/store.ts', 'only the pure modules of src/'],
  ])('reports %s importing %s', async (at, specifier, says) => {
    const problems = await importProblems(at, specifier);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(says);
  });

  it.each([
    ['src/map/fixture.ts', '../state/store'],
    ['src/i18n/fixture.ts', '../state/store'],
    ['src/features/matrix/fixture.ts', '../shared/plan-title'],
    ['src/features/zone-card/fixture.ts', '../print-brief'],
    ['src/app/fixture.ts', '../features/matrix/matrix-panel'],
    ['data/scripts/fixture.ts', '../../src/data/catalog-schema.ts'],
  ])('allows %s importing %s', async (at, specifier) => {
    expect(await importProblems(at, specifier)).toEqual([]);
  });

  it('keeps the pinyin dictionary out of the app', async () => {
    const [result] = await eslint.lintText(`import { pinyin } from 'pinyin-pro';\nexport const p = pinyin;\n`, {
      filePath: 'src/features/search/fixture.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('keeps number formatting in src/i18n/format.ts', async () => {
    const [result] = await eslint.lintText(`export const n = new Intl.NumberFormat('en-US').format(1);\n`, {
      filePath: 'src/features/matrix/fixture.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});
