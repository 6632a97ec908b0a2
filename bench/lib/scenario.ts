import type { StyleSpecification } from 'maplibre-gl';
import type { Row } from './report';
import type { Compositor } from './browser';
import type { StaticServer } from './serve';

/** What every scenario gets: one loopback server with the app at `/` and the bare MapLibre page beside it. */
export interface BenchEnv {
  server: StaticServer;
  appUrl: string;
  bareUrl: string;
  /** The style the bare page draws at first (from the app's buildStyle()): the app's first view. */
  bareStyle: StyleSpecification;
  /** The same with every plan; `?plans=a,b` on the bare page's URL draws those plans of it (styleWithPlans). */
  bareStyleAllPlans: StyleSpecification;
}

export interface ScenarioOptions {
  /** Measured loads per page (or iterations, for scenarios that are not page loads). */
  runs?: number;
  /** Attract-loop steps of the soak (`--steps=10000` ≈ a day of the kiosk at 8 s a step). */
  steps?: number;
  /** Who composites the page's frames (`gpu` unless a scenario is run on the CPU compositor, `onCpuCompositor`). */
  compositor?: Compositor;
}

export interface ScenarioResult {
  title: string;
  rows: Row[];
  warnings: string[];
  chromium?: string;
  /** Raw samples and anything else worth keeping in results.json. */
  details: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  description: string;
  run: (env: BenchEnv, options: ScenarioOptions) => Promise<ScenarioResult>;
}

/**
 * The same scenario in a browser that composites its frames on the CPU (`--disable-gpu-compositing`): named
 * `<name>-cpu-compositing`, its rows those of the scenario, measured where a frame costs the panels that did
 * not change nothing, as on a machine with a GPU. Both runs are reported; bench/README.md, "Two compositors".
 */
export function onCpuCompositor(scenario: Scenario): Scenario {
  return {
    name: `${scenario.name}-cpu-compositing`,
    description: `${scenario.description}; frames composited on the CPU, only what changed`,
    async run(env, options) {
      const result = await scenario.run(env, { ...options, compositor: 'cpu' });
      return { ...result, title: `${result.title}; frames composited on the CPU (--disable-gpu-compositing)` };
    },
  };
}
