import type { Catalog, Plan, Zone } from './catalog-schema';
import type { DraftZone } from './draft-model';

/** The id of the plan under which the app shows a draft's zones. */
export const draftPlanId = 'draft';

const draftPlan: Plan = {
  id: draftPlanId,
  name: { zh: '草稿（非规划内容）', en: 'Draft (not in any plan)' },
  pattern: { zh: '草稿', en: 'Draft' },
  level: 'district',
  area: { zh: '草稿', en: 'Draft' },
  period: { zh: '草稿，未经规划，无出处', en: 'Draft: not a plan, no sources' },
  source: '',
  refs: [],
};

const withDrafts = new WeakMap<Catalog, WeakMap<DraftZone[], Catalog>>();

/** Whether a zone of the catalog is a draft's rather than a plan's. */
export const isDraftZone = (zone: Pick<Zone, 'planId'>): boolean => zone.planId === draftPlanId;

/**
 * The catalog with the draft's zones as one more plan, 草稿 / Draft, so that the card, the lens and the matrix
 * show them at once under that name. They carry no refs: a draft has no citation, and none is made up for it.
 * An edit of a plan zone is such a zone too, beside the plan's own, which stays as the plan has it.
 * Built once per catalog and draft.
 */
export function catalogWithDraft(catalog: Catalog, zones: DraftZone[]): Catalog {
  if (zones.length === 0) return catalog;
  let byDraft = withDrafts.get(catalog);
  if (!byDraft) withDrafts.set(catalog, (byDraft = new WeakMap()));
  let merged = byDraft.get(zones);
  if (!merged) {
    const drafted = zones.map(
      (zone): Zone => ({
        id: zone.id,
        planId: draftPlanId,
        kind: zone.kind,
        name: { zh: zone.name.zh || zone.name.en, en: zone.name.en || zone.name.zh },
        ...(zone.role.zh || zone.role.en ? { role: { zh: zone.role.zh || zone.role.en, en: zone.role.en || zone.role.zh } } : {}),
        districts: catalog.zones.find((z) => z.id === zone.editOf)?.districts ?? [],
        industryIds: zone.industryIds,
        carrierIds: zone.carrierIds,
        targetIds: [],
        refs: [],
      }),
    );
    merged = { ...catalog, plans: [...catalog.plans, draftPlan], zones: [...catalog.zones, ...drafted] };
    byDraft.set(zones, merged);
  }
  return merged;
}
