import type { Zone } from '../../data/catalog-schema';

export interface ZoneNode {
  zone: Zone;
  children: ZoneNode[];
}

/**
 * A plan's zones as a tree: parks under the zone they sit in, in catalog order. A zone whose parent is missing
 * (or in another plan) becomes a root, and a parent cycle is cut, so that no zone is ever left out of the list.
 */
export function zoneTree(zones: Zone[]): ZoneNode[] {
  const ids = new Set(zones.map((zone) => zone.id));
  const childrenOf = new Map<string, Zone[]>();
  for (const zone of zones) {
    if (zone.parentId && ids.has(zone.parentId)) childrenOf.set(zone.parentId, [...(childrenOf.get(zone.parentId) ?? []), zone]);
  }
  const placed = new Set<string>();
  const grow = (zone: Zone): ZoneNode => {
    placed.add(zone.id);
    const children = (childrenOf.get(zone.id) ?? []).filter((child) => !placed.has(child.id)).map(grow);
    return { zone, children };
  };
  const roots = zones.filter((zone) => !zone.parentId || !ids.has(zone.parentId)).map(grow);
  // Zones caught in a parent cycle have no root above them; list them at the top level.
  for (const zone of zones) if (!placed.has(zone.id)) roots.push(grow(zone));
  return roots;
}
