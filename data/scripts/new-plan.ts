import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSeq, parseDocument } from 'yaml';
import { dataDir, repoDir } from './read-authored.ts';

/**
 * `npm run plan:new -- <plan-id>`: writes a new plan's files from data/templates/, every field commented:
 * data/plans/<plan-id>.yaml and its shape recipe data/plans/shapes/<plan-id>.yaml, and adds the plan to
 * `planOrder` in data/meta.yaml. Refuses an id that is not a slug or is taken.
 */
export function scaffoldPlan(planId: string, dir = dataDir): string[] {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(planId)) {
    throw new Error(`"${planId}" is not a plan id: lowercase letters, digits and hyphens (xc-services-2026)`);
  }
  const targets = { plan: join(dir, 'plans', `${planId}.yaml`), shapes: join(dir, 'plans/shapes', `${planId}.yaml`) };
  for (const path of Object.values(targets)) {
    if (existsSync(path)) throw new Error(`${relative(repoDir, path)} exists already: plan ${planId} is taken`);
  }
  const fill = (template: string) => readFileSync(join(dataDir, 'templates', template), 'utf8').replaceAll('__PLAN_ID__', planId);
  mkdirSync(join(dir, 'plans/shapes'), { recursive: true });
  writeFileSync(targets.plan, fill('plan.yaml'));
  writeFileSync(targets.shapes, fill('shapes.yaml'));

  // The plan joins the order in which plans are listed and drawn, last.
  const metaPath = join(dir, 'meta.yaml');
  const meta = parseDocument(readFileSync(metaPath, 'utf8'));
  const order = meta.get('planOrder', true);
  if (isSeq(order)) order.add(planId);
  else meta.set('planOrder', [planId]);
  writeFileSync(metaPath, meta.toString());
  return [targets.plan, targets.shapes, metaPath];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const planId = process.argv[2];
  if (!planId) {
    console.error('usage: npm run plan:new -- <plan-id>   (e.g. xc-services-2026)');
    process.exit(1);
  }
  try {
    const written = scaffoldPlan(planId);
    console.log(`wrote ${written.map((path) => relative(repoDir, path)).join(', ')}`);
    console.log('Fill the TODOs (docs/adding-a-plan.md), then `npm run data`: it names the file, record and field of each problem.');
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
