import { settings } from '../config/env';
import { kioskDefaults, kioskLimits } from '../config/kiosk';
import type { Locale } from '../config/locale';
import type { Camera } from './slices/map-slice';
import type { Panel } from './slices/ui-slice';

/*
 * The app's links, read and written in one place: the view a link restores (explore), the presentation it
 * asks for (present), a kiosk's timings (kiosk), and the link a QR code carries. Every other module asks
 * this one; none parses or builds a query string itself (lint refuses URLSearchParams elsewhere).
 */

/** Every parameter of a link, by the part of the app that acts on it. */
export const linkParams = {
  view: ['plans', 'zone', 'industry', 'family', 'compare', 'panel', 'lang', 'view'],
  /** `mode=present`, `mode=kiosk` or `mode=draft`; absent for the explore view. */
  mode: ['mode'],
  present: ['tour', 'step'],
  kiosk: ['idle', 'countdown', 'attract'],
} as const;

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

export interface ParsedUrl {
  state: UrlState;
  /** Parameters that were present but could not be read, e.g. `view=abc` or `lang=fr`. */
  ignored: string[];
}

const panels: Panel[] = ['zone', 'lens', 'matrix', 'compare', 'list', 'targets'];
/** Parameters of the modes: the view's parser leaves them to the mode's reader and its writer keeps them. */
const modeParams: string[] = [...linkParams.mode, ...linkParams.present, ...linkParams.kiosk];
const slug = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const list = (value: string) => value.split(',').filter(Boolean);

function parseCamera(value: string): Camera | undefined {
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return undefined;
  return { lng, lat, zoom };
}

/** Reads the view a query string asks for; anything malformed is dropped and reported, never thrown. */
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
    else if (!modeParams.includes(key)) ignored.push(`${key}=${value}`);
  }
  return { state, ignored };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes the view as a query string, keeping the parameters of the modes from the query `keep`. */
export function serializeUrl(state: UrlState, keep = ''): string {
  const kept = new URLSearchParams(keep);
  const params = new URLSearchParams();
  for (const key of modeParams) {
    const value = kept.get(key);
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
  return toSearch(params);
}

// Lists are written with bare commas; writing them encoded would make the next comparison see a change.
function toSearch(params: URLSearchParams): string {
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The presentation a link asks for: the raw tour id and 1-based step, checked once tours are loaded. */
export interface PresentLink {
  tour: string | null;
  step: string | null;
}

/** The presentation a link asks for, or undefined when it asks for none. */
export function readPresentLink(search: string): PresentLink | undefined {
  const params = new URLSearchParams(search);
  if (params.get('mode') !== 'present') return undefined;
  return { tour: params.get('tour'), step: params.get('step') };
}

/** A query string saying "presenting `tourId` at 0-based `index`", every other parameter kept. */
export function withPresentParams(search: string, tourId: string, index: number): string {
  const params = new URLSearchParams(search);
  params.set('mode', 'present');
  params.set('tour', tourId);
  // Counted from 1, as the on-screen indicator and the presenter count.
  params.set('step', String(index + 1));
  return toSearch(params);
}

export function withoutPresentParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...linkParams.mode, ...linkParams.present]) params.delete(key);
  return toSearch(params);
}

/** Whether a link asks for draft mode (`mode=draft`). */
export const readDraftLink = (search: string): boolean => new URLSearchParams(search).get('mode') === 'draft';

export interface KioskSettings {
  idleMs: number;
  countdownMs: number;
  attractStepMs: number;
}

function seconds(value: string | null, fallbackMs: number): number {
  if (value === null) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || value.trim() === '') return fallbackMs;
  return Math.round(Math.min(Math.max(n, kioskLimits.minSeconds), kioskLimits.maxSeconds) * 1000);
}

/** The kiosk's settings when the link asks for `mode=kiosk`, else undefined. Bad numbers fall back to defaults. */
export function readKioskParams(search: string): KioskSettings | undefined {
  const params = new URLSearchParams(search);
  if (params.get('mode') !== 'kiosk') return undefined;
  return {
    idleMs: seconds(params.get('idle'), kioskDefaults.idleMs),
    countdownMs: seconds(params.get('countdown'), kioskDefaults.countdownMs),
    attractStepMs: seconds(params.get('attract'), kioskDefaults.attractStepMs),
  };
}

/**
 * The link a QR code carries: the public site (a kiosk's own address is unreachable from a phone) with the
 * current view's query, less the parameters that put a screen into a mode; a phone opens the plain view.
 */
export function shareUrl(search: string, base: string | undefined = settings.publicBaseUrl, here: Location = window.location): string {
  const params = new URLSearchParams(search);
  for (const key of [...linkParams.mode, ...linkParams.present]) params.delete(key);
  const url = new URL(base ?? `${here.origin}${here.pathname}`, here.href);
  url.search = toSearch(params);
  url.hash = '';
  return url.href;
}

/** Replaces the current history entry's query; presentation steps never add entries of their own. */
export function replaceSearch(search: string, win: Window = window): void {
  if (search === win.location.search) return;
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
}
