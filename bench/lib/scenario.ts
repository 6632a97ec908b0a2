import type { StyleSpecification } from 'maplibre-gl';
import type { Row } from './report';
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
