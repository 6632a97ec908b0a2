import type { LineString, Point, Polygon } from 'geojson';
import type { ZoneKind } from './catalog-schema';

/**
 * A planner's draft: zones drawn or reshaped in draft mode, with the name, role and industries the planner gave
 * them. A draft is the planner's own idea, not the plan's: it carries no citation, and everything that shows it
 * marks it as a draft. It lives in the browser (localStorage) until discarded or exported as files.
 */
export type DraftGeometry = Polygon | LineString | Point;

export interface DraftZone {
  id: string;
  kind: ZoneKind;
  geometry: DraftGeometry;
  name: { zh: string; en: string };
  role: { zh: string; en: string };
  industryIds: string[];
}

/** The draft with its history: every change is a new `present`; undo and redo walk `past` and `future`. */
export interface DraftHistory {
  past: DraftZone[][];
  present: DraftZone[];
  future: DraftZone[][];
}

export const emptyHistory: DraftHistory = { past: [], present: [], future: [] };

/** How many steps undo reaches back. */
const HISTORY_LIMIT = 100;

/** The kind a drawn shape becomes: an area, an axis along a line, a park at a point. */
export const kindOfGeometry = (geometry: DraftGeometry): ZoneKind =>
  geometry.type === 'Polygon' ? 'area' : geometry.type === 'LineString' ? 'axis' : 'park';

export function recorded(history: DraftHistory, zones: DraftZone[]): DraftHistory {
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: zones, future: [] };
}

export function undone(history: DraftHistory): DraftHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redone(history: DraftHistory): DraftHistory {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1) };
}

/** A new zone from a drawn shape, numbered after the zones already drafted. */
export function drawnZone(zones: DraftZone[], geometry: DraftGeometry): DraftZone {
  const taken = new Set(zones.map((z) => z.id));
  let n = zones.length + 1;
  while (taken.has(`draft-zone-${n}`)) n++;
  const name = { zh: `草稿区域 ${n}`, en: `Draft zone ${n}` };
  return { id: `draft-zone-${n}`, kind: kindOfGeometry(geometry), geometry, name, role: { zh: '', en: '' }, industryIds: [] };
}
