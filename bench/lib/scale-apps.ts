import { cpSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Catalog } from '../../src/data/catalog-schema';
import { repoRoot, tmpDir } from './build';
import { serveStatic } from './serve';
import { writeScaleApp } from './synthetic-plans';

type Server = Awaited<ReturnType<typeof serveStatic>>;

/**
 * For the diagnostic scripts: a copy of the build (`dist/`) and the 40-plan app written from it, each served
 * from its own origin, with the real plans (the ones switched on in both) and `familyZone`, a zone of a family's
 * lens on either: one of the real plans', or of the first synthetic plan, which is switched off.
 */
export async function serveRealAndScale(name: string): Promise<{
  catalog: Catalog;
  realPlans: string[];
  real: Server;
  scale: Server;
  familyZone: (kind: 'real' | 'scale', familyId: string) => string;
}> {
  const realDir = `${tmpDir}${name}-real`;
  const scaleDir = `${tmpDir}${name}-scale`;
  rmSync(realDir, { recursive: true, force: true });
  cpSync(`${repoRoot}dist`, realDir, { recursive: true });
  const { catalog, syntheticPlanIds } = writeScaleApp(realDir, scaleDir);
  const realPlans = catalog.plans.map((p) => p.id).filter((id) => !syntheticPlanIds.includes(id));
  const familyZone = (kind: 'real' | 'scale', familyId: string) =>
    kind === 'scale'
      ? `${syntheticPlanIds[0]}-z1`
      : catalog.zones.find((z) => realPlans.includes(z.planId) && z.industryIds.some((id) => catalog.industries.find((x) => x.id === id)?.familyId === familyId))!.id;
  const [real, scale] = [await serveStatic([{ prefix: '/', dir: realDir }]), await serveStatic([{ prefix: '/', dir: scaleDir }])];
  return { catalog, realPlans, real, scale, familyZone };
}

/**
 * Focuses the search box and waits until a pinyin query finds 金融: the links and the pinyin keys, fetched on
 * the box's first use, are in and the search's table built, so no keystroke after is charged for them.
 */
export async function warmUpSearch(page: Page) {
  const box = page.getByRole('combobox');
  await box.focus();
  await box.fill('jr');
  await page.getByRole('option', { name: /金融/ }).first().waitFor({ timeout: 60_000 });
  return box;
}

