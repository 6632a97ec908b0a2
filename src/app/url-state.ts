import type { Locale } from '../i18n/messages';
import type { Panel } from '../state/slices/ui-slice';

/** Everything a shared link restores. Absent fields mean "as the app starts". */
export interface UrlState {
  plans?: string[];
  zone?: string;
  industry?: string;
  family?: string;
  compare?: string[];
  panel?: Panel;
  lang?: Locale;
  view?: Camera;
}

import type { Camera } from '../state/slices/map-slice';

export interface ParsedUrl {
  state: UrlState;
  /** Parameters that were present but could not be read, e.g. `view=abc` or `lang=fr`. */
  ignored: string[];
}

const panels: Panel[] = ['zone', 'lens', 'matrix', 'compare', 'list', 'targets'];
/** Parameters that belong to other parts of the app (modes, tours); they are not this module's to judge. */
const otherKnownParams = new Set(['mode', 'tour', 'step', 'idle', 'countdown', 'attract']);
const slug = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const list = (value: string) => value.split(',').filter(Boolean);

function parseCamera(value: string): Camera | undefined {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lng, lat, zoom };
}

/** Reads a query string; anything malformed is dropped and reported, never thrown. */
export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    const ids = list(value);
    const allSlugs = ids.every((id) => slug.test(id));
    if (key === 'plans' && allSlugs) state.plans = ids;
    else if (key === 'zone' && slug.test(value)) state.zone = value;
    else if (key === 'industry' && slug.test(value)) state.industry = value;
    else if (key === 'family' && slug.test(value)) state.family = value;
    else if (key === 'compare' && allSlugs && ids.length <= 2) state.compare = ids;
    else if (key === 'panel' && panels.includes(value as Panel)) state.panel = value as Panel;
    else if (key === 'lang' && (value === 'zh' || value === 'en')) state.lang = value;
    else if (key === 'view' && parseCamera(value)) state.view = parseCamera(value);
    else if (!otherKnownParams.has(key)) ignored.push(`${key}=${value}`);
  }
  return { state, ignored };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes the state as a query string, keeping parameters that other parts of the app own. */
export function serializeUrl(state: UrlState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const key of otherKnownParams) {
    const value = keep.get(key);
    if (value !== null) params.set(key, value);
  }
  if (state.plans) params.set('plans', state.plans.join(','));
  if (state.zone) params.set('zone', state.zone);
  if (state.industry) params.set('industry', state.industry);
  if (state.family) params.set('family', state.family);
  if (state.compare?.length) params.set('compare', state.compare.join(','));
  if (state.panel && state.panel !== 'zone') params.set('panel', state.panel);
  if (state.lang && state.lang !== 'zh') params.set('lang', state.lang);
  if (state.view) params.set('view', [round(state.view.lng, 5), round(state.view.lat, 5), round(state.view.zoom, 2)].join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
