// Benchmark runner: `npm run bench` runs every scenario; `npm run bench -- load --runs=7` picks some.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exploreScenario } from './explore';
import { loadScenario } from './load';
import { phoneScenario } from './phone';
import { scaleScenario } from './scale';
import { soakScenario } from './soak';
import { prepareEnv } from './lib/env';
import { extraChromiumArgs } from './lib/browser';
import { machineInfo } from './lib/machine';
import { formatTable } from './lib/report';
import { onCpuCompositor, type Scenario, type ScenarioOptions, type ScenarioResult } from './lib/scenario';

/** Every scenario, in the order `npm run bench` runs them. Add new ones here. */
const scenarios: Scenario[] = [
  loadScenario,
  onCpuCompositor(loadScenario),
  exploreScenario,
  onCpuCompositor(exploreScenario),
  phoneScenario,
  scaleScenario,
  onCpuCompositor(scaleScenario),
  soakScenario,
];

function parseArgs(argv: string[]): { names: string[]; options: ScenarioOptions } {
  const options: ScenarioOptions = {};
  const names: string[] = [];
  for (const arg of argv) {
    const runs = /^--runs=(\d+)$/.exec(arg);
    const steps = /^--steps=(\d+)$/.exec(arg);
    if (runs) options.runs = Number(runs[1]);
    else if (steps) options.steps = Number(steps[1]);
    else if (arg === '--help' || arg === '-h') {
      console.log(`usage: npm run bench -- [${scenarios.map((s) => s.name).join('|')} …] [--runs=N] [--steps=N]`);
      for (const s of scenarios) console.log(`  ${s.name.padEnd(24)} ${s.description}`);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else names.push(arg);
  }
  return { names, options };
}

async function main(): Promise<void> {
  const { names, options } = parseArgs(process.argv.slice(2));
  const unknown = names.filter((n) => !scenarios.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`);
  const chosen = names.length ? scenarios.filter((s) => names.includes(s.name)) : scenarios;

  const started = Date.now();
  const env = await prepareEnv();
  const results: Record<string, ScenarioResult> = {};
  try {
    for (const scenario of chosen) {
      console.log(`\n${scenario.name}: ${scenario.description}`);
      try {
        results[scenario.name] = await scenario.run(env, options);
      } catch (error) {
        // One scenario's failure is reported with the others' results rather than losing them.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`  ${scenario.name} failed: ${message}`);
        results[scenario.name] = { title: `${scenario.name}: failed`, rows: [], warnings: [`failed: ${message}`], details: {} };
        process.exitCode = 1;
      }
    }
  } finally {
    await env.server.close();
  }

  const chromium = Object.values(results).find((r) => r.chromium)?.chromium;
  for (const result of Object.values(results)) {
    console.log(`\n${formatTable(result.title, result.rows)}`);
    if (result.warnings.length) console.log(`\nwarnings:\n  ${result.warnings.join('\n  ')}`);
  }
  // A run with extra Chromium flags is a diagnosis, not a measure of the targets: it keeps results.json as it is.
  const diagnostic = extraChromiumArgs();
  const out = fileURLToPath(new URL(diagnostic.length ? './.tmp/results-diagnostic.json' : './results.json', import.meta.url));
  const date = new Date().toISOString();
  // A run of some scenarios keeps the others' last results; each scenario says when it was measured.
  const earlier = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as { scenarios?: Record<string, unknown> }).scenarios : undefined;
  const measured = Object.fromEntries(Object.entries(results).map(([name, result]) => [name, { date, ...result }]));
  const report = {
    date,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: machineInfo(chromium),
    ...(diagnostic.length ? { chromiumExtraArgs: diagnostic } : {}),
    scenarios: { ...earlier, ...measured },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${out} (${report.durationSeconds} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
