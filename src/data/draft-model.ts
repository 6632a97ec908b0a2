import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { Zone, ZoneKind } from './catalog-schema';

/**
 * A planner's draft: zones drawn in draft mode, and edits of the plans' own zones, with the name, role,
 * industries and carriers the planner gave them. A draft is the planner's own idea, not the plan's: it carries
 * no citation, and everything that shows it marks it as a draft. An edit is an overlay: the plan's zone stays as
 * the plan has it, and the edit is a zone of the draft beside it. It lives in the browser (localStorage) until
 * discarded or exported as files.
 */
export type DraftGeometry = Polygon | LineString | Point;

export interface DraftZone {
  id: string;
  kind: ZoneKind;
  /**
   * The drawn shape. An edit of a plan zone whose shape cannot be dragged vertex by vertex (several parts, or a
   * hole) has none: its shape stays the plan's.
   */
  geometry?: DraftGeometry;
  name: { zh: string; en: string };
  role: { zh: string; en: string };
  industryIds: string[];
  carrierIds: string[];
  /** The plan zone this draft edits; absent for a zone drawn anew. */
  editOf?: string;
  /** Whether an edit's shape was dragged away from the plan's. */
  reshaped?: boolean;
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
  return { id: `draft-zone-${n}`, kind: kindOfGeometry(geometry), geometry, name, role: { zh: '', en: '' }, industryIds: [], carrierIds: [] };
}

/** The extent of a draft zone's drawn shape, [west, south, east, north]; none if it keeps the plan's shape. */
export function draftExtent(zone: DraftZone): [number, number, number, number] | undefined {
  const { geometry } = zone;
  if (!geometry) return undefined;
  const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The id of the draft's edit of a plan zone. */
export const editIdOf = (zoneId: string) => `draft-${zoneId}`;

/**
 * A ring without spikes: vertices where the boundary turns straight back on itself (a clip along a border can
 * leave one). They enclose nothing, but the ring then touches itself, and the drawing tools refuse to move any
 * vertex of a ring that crosses itself.
 */
export function withoutSpikes(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let removed = true;
  while (removed && open.length > 3) {
    removed = false;
    for (let i = 0; i < open.length && open.length > 3; i++) {
      const [prev, at, next] = [open.at(i - 1)!, open[i]!, open[(i + 1) % open.length]!];
      const a = [prev[0]! - at[0]!, prev[1]! - at[1]!] as const;
      const b = [next[0]! - at[0]!, next[1]! - at[1]!] as const;
      const lengths = Math.hypot(...a) * Math.hypot(...b);
      const turnsBack = lengths === 0 || (Math.abs(a[0] * b[1] - a[1] * b[0]) < 1e-3 * lengths && a[0] * b[0] + a[1] * b[1] > 0);
      if (turnsBack) {
        open.splice(i, 1);
        removed = true;
      }
    }
  }
  return [...open, open[0]!];
}

/**
 * A plan zone's shape as the drawing tools can reshape it: one polygon without holes (and without spikes), one
 * line or one point. Shapes of several parts or with holes are not offered for reshaping (the drawing library
 * edits neither).
 */
export function editableGeometry(geometry: Geometry | undefined): DraftGeometry | undefined {
  if (geometry?.type === 'Polygon') {
    return geometry.coordinates.length === 1 ? { type: 'Polygon', coordinates: [withoutSpikes(geometry.coordinates[0]!)] } : undefined;
  }
  if (geometry?.type === 'LineString' || geometry?.type === 'Point') return geometry;
  return undefined;
}

/** The start of an edit of a plan zone: its facts as the plan has them, and its shape if it can be reshaped. */
export function editedZone(zone: Zone, geometry: DraftGeometry | undefined): DraftZone {
  const text = (name: Zone['name'] | undefined) => ({ zh: name?.zh ?? '', en: name?.en ?? '' });
  return {
    id: editIdOf(zone.id),
    kind: zone.kind,
    ...(geometry ? { geometry } : {}),
    name: text(zone.name),
    role: text(zone.role),
    industryIds: [...zone.industryIds],
    carrierIds: [...zone.carrierIds],
    editOf: zone.id,
  };
}
