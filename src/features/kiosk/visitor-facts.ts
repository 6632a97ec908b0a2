import type { CatalogIndex } from '../../data/catalog-index';
import type { Industry, Target, Zone } from '../../data/catalog-schema';
import { rankedIndustries } from '../../data/ranked-industries';
import { finalFigure } from '../../i18n/format-target';

/** Chips a passer-by takes in at a glance: never fewer than this while the zone has them … */
const fewestIndustries = 3;
/** … and never more. */
const mostIndustries = 6;
const mostTargets = 2;

/**
 * The industries a visitor card shows: those the plan names core, leading or key for the zone come first
 * and are all shown (up to six); a zone whose plan names fewer is filled up to three from its others.
 */
export function visitorIndustries(index: CatalogIndex, zone: Zone): Industry[] {
  const ranked = rankedIndustries(index, zone);
  const core = ranked.filter((entry) => entry.core).length;
  return ranked.slice(0, Math.min(Math.max(core, fewestIndustries), mostIndustries)).map((entry) => entry.industry);
}

const hasFigure = (target: Target) => Boolean(finalFigure(target, 'zh')?.numeric);

/**
 * One or two headline targets: figures first, then the plan's aims in words. An aim that only says the
 * zone's role again (打造两业融合发展核心区 under the role 两业融合发展核心区) is left out, since the card
 * already leads with the role.
 */
export function headlineTargets(index: CatalogIndex, zone: Zone): Target[] {
  const repeatsRole = (target: Target) => Boolean(zone.role && target.text?.zh.includes(zone.role.zh));
  const shown = zone.targetIds
    .flatMap((id) => index.target(id) ?? [])
    .filter((target) => (target.text || finalFigure(target, 'zh')) && !repeatsRole(target));
  return [...shown.filter(hasFigure), ...shown.filter((target) => !hasFigure(target))].slice(0, mostTargets);
}
