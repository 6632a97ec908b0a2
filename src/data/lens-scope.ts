import type { CatalogIndex } from './catalog-index';
import type { Carrier, Industry, Name, Plan, Ref, Target, Task, Zone } from './catalog-schema';

/** What the industry lens looks at: one industry, or a family of them. */
export interface LensSubject {
  kind: 'family' | 'industry';
  id: string;
}

/** Why a place is in the lens: the plan states it there, one of its carriers brings it, or its parent zone has it. */
export type PlaceReason = { kind: 'stated' } | { kind: 'carrier'; carriers: Carrier[] } | { kind: 'parent'; parent: Zone };

export interface LensZone {
  zone: Zone;
  /** The subject's industries this place has. */
  industries: Industry[];
  reason: PlaceReason;
  /** The citation that says so: the ref naming one of the industries if there is one. */
  ref?: Ref;
}

export interface LensCarrier {
  carrier: Carrier;
  industries: Industry[];
  ref?: Ref;
}

export interface LensPlanGroup {
  plan: Plan;
  zones: LensZone[];
  carriers: LensCarrier[];
}

/** Every place of every plan that the subject is assigned to, and what the plans set for it. */
export interface LensScope {
  subject: LensSubject;
  name: Name;
  industries: Industry[];
  groups: LensPlanGroup[];
  zoneIds: string[];
  carrierIds: string[];
  planIds: string[];
  /** Zones and carriers, each once. */
  placeCount: number;
  targets: Target[];
  tasks: Task[];
}

/** The ref whose quote names one of the industries, else the element's first stated ref. */
export function citationFor(refs: Ref[], industries: Industry[]): Ref | undefined {
  const spellings = industries.flatMap((industry) => [industry.name.zh, ...industry.aliases]);
  return (
    refs.find((ref) => ref.quote && spellings.some((spelling) => ref.quote!.includes(spelling))) ??
    refs.find((ref) => ref.basis === 'stated') ??
    refs[0]
  );
}

const unique = <T extends { id: string }>(items: T[]): T[] => [...new Map(items.map((item) => [item.id, item])).values()];

/** The plans a carrier belongs to: those of its zones, or, for a carrier without a zone, the plan of its document. */
function plansOfCarrier(index: CatalogIndex, carrier: Carrier): string[] {
  const fromZones = carrier.zoneIds.flatMap((id) => index.zone(id)?.planId ?? []);
  if (fromZones.length) return [...new Set(fromZones)];
  const source = carrier.refs[0]?.source;
  return index.catalog.plans.filter((plan) => plan.source === source).map((plan) => plan.id);
}

function computeScope(index: CatalogIndex, subject: LensSubject): LensScope | undefined {
  const family = subject.kind === 'family' ? index.family(subject.id) : undefined;
  const industry = subject.kind === 'industry' ? index.industry(subject.id) : undefined;
  const named = family ?? industry;
  if (!named) return undefined;
  const industries = family ? index.industriesOfFamily(family.id) : [industry!];
  const wanted = new Set(industries.map((i) => i.id));
  const hits = (ids: string[]) => industries.filter((i) => ids.includes(i.id));

  // Only the places the index files under the industries are looked at, in catalog order.
  const candidateZones = new Set(industries.flatMap((i) => index.zonesOfIndustry(i.id)));
  const candidateCarriers = new Set(industries.flatMap((i) => index.carriersOfIndustry(i.id)));
  const zoneHits = new Map<string, LensZone>();
  for (const zone of index.catalog.zones) {
    if (!candidateZones.has(zone)) continue;
    const stated = hits(zone.industryIds);
    if (stated.length) {
      zoneHits.set(zone.id, { zone, industries: stated, reason: { kind: 'stated' }, ref: citationFor(zone.refs, stated) });
      continue;
    }
    const carriers = zone.carrierIds.flatMap((id) => index.carrier(id) ?? []).filter((c) => c.industryIds.some((id) => wanted.has(id)));
    if (carriers.length === 0) continue;
    const through = hits(carriers.flatMap((c) => c.industryIds));
    zoneHits.set(zone.id, { zone, industries: through, reason: { kind: 'carrier', carriers }, ref: citationFor(carriers[0]!.refs, through) });
  }
  for (const zone of index.catalog.zones) {
    const parent = zone.parentId ? zoneHits.get(zone.parentId) : undefined;
    if (zoneHits.has(zone.id) || !parent) continue;
    zoneHits.set(zone.id, { zone, industries: parent.industries, reason: { kind: 'parent', parent: parent.zone }, ref: parent.ref });
  }

  const carrierHits = index.catalog.carriers.flatMap((carrier): LensCarrier[] => {
    if (!candidateCarriers.has(carrier)) return [];
    const own = hits(carrier.industryIds);
    return own.length ? [{ carrier, industries: own, ref: citationFor(carrier.refs, own) }] : [];
  });

  // Each place put in its plans' groups in one pass (a lens at 40 plans has thousands of carriers).
  const zonesByPlan = new Map<string, LensZone[]>();
  for (const zone of index.catalog.zones) {
    const hit = zoneHits.get(zone.id);
    if (hit) zonesByPlan.set(zone.planId, [...(zonesByPlan.get(zone.planId) ?? []), hit]);
  }
  const carriersByPlan = new Map<string, LensCarrier[]>();
  for (const hit of carrierHits) {
    for (const planId of plansOfCarrier(index, hit.carrier)) carriersByPlan.set(planId, [...(carriersByPlan.get(planId) ?? []), hit]);
  }
  const groups = index.catalog.plans
    .map((plan) => ({ plan, zones: zonesByPlan.get(plan.id) ?? [], carriers: carriersByPlan.get(plan.id) ?? [] }))
    .filter((group) => group.zones.length + group.carriers.length > 0);

  return {
    subject,
    name: named.name,
    industries,
    groups,
    zoneIds: [...zoneHits.keys()],
    carrierIds: carrierHits.map((hit) => hit.carrier.id),
    planIds: groups.map((group) => group.plan.id),
    placeCount: zoneHits.size + carrierHits.length,
    targets: unique(industries.flatMap((i) => index.targetsOfIndustry(i.id))),
    tasks: unique(industries.flatMap((i) => index.tasksOfIndustry(i.id))),
  };
}

const scopes = new WeakMap<CatalogIndex, Map<string, LensScope | undefined>>();

/** The lens on a family or an industry, computed once per catalog and subject; undefined for an unknown id. */
export function lensScope(index: CatalogIndex, subject: LensSubject): LensScope | undefined {
  let cache = scopes.get(index);
  if (!cache) scopes.set(index, (cache = new Map()));
  const key = `${subject.kind}:${subject.id}`;
  if (!cache.has(key)) cache.set(key, computeScope(index, subject));
  return cache.get(key);
}
