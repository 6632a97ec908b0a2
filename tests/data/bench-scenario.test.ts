import { describe, expect, it } from 'vitest';
import { onCpuCompositor, type BenchEnv, type Scenario, type ScenarioOptions } from '../../bench/lib/scenario';

describe('a bench scenario on the CPU compositor', () => {
  const seen: ScenarioOptions[] = [];
  const scenario: Scenario = {
    name: 'explore',
    description: 'clicks',
    run: async (_env, options) => {
      seen.push(options);
      return { title: 'explore: clicks', rows: [{ metric: 'click', unit: 'ms', app: 2, bare: 1, ratio: 2 }], warnings: [], details: {} };
    },
  };
  const env = {} as BenchEnv;

  it('is a scenario of its own name, run with the options given and the CPU compositor', async () => {
    const onCpu = onCpuCompositor(scenario);
    expect(onCpu.name).toBe('explore-cpu-compositing');
    const result = await onCpu.run(env, { runs: 3 });
    expect(seen.at(-1)).toEqual({ runs: 3, compositor: 'cpu' });
    expect(result.rows).toEqual([{ metric: 'click', unit: 'ms', app: 2, bare: 1, ratio: 2 }]);
    expect(result.title).toMatch(/^explore: clicks; frames composited on the CPU/);
  });

  it('leaves the options it was given as they were, for the scenarios run after it', async () => {
    const options: ScenarioOptions = { runs: 5 };
    await onCpuCompositor(scenario).run(env, options);
    expect(options).toEqual({ runs: 5 });
  });
});
