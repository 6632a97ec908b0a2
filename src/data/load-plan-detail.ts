import { fetchDataFile, schemaProblems } from './fetch-data-file';
import { CatalogLoadError } from './load-catalog-error';
import { planDetailFile, planDetailSchema, type PlanDetail } from './plan-detail';

/**
 * Parses a plan's detail file at the boundary: a bad file, one of another plan, or one from another build of
 * the data than the index yields problems naming the field, never a half-read detail.
 */
export function parsePlanDetail(planId: string, version: string, json: unknown): PlanDetail {
  const file = planDetailFile(planId);
  const parsed = planDetailSchema.safeParse(json);
  if (!parsed.success) throw new CatalogLoadError(file, schemaProblems(parsed.error, 8));
  if (parsed.data.planId !== planId) throw new CatalogLoadError(file, [`planId: "${parsed.data.planId}", expected "${planId}"`]);
  if (parsed.data.version !== version) throw new CatalogLoadError(file, [`version: "${parsed.data.version}", but the index is "${version}"`]);
  return parsed.data;
}

export async function loadPlanDetail(url: string, planId: string, version: string): Promise<PlanDetail> {
  const json = await fetchDataFile(url, (problems) => new CatalogLoadError(planDetailFile(planId), problems));
  return parsePlanDetail(planId, version, json);
}
