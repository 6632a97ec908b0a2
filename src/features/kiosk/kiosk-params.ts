import { kioskDefaults, kioskLimits } from '../../config/kiosk';

export interface KioskSettings {
  idleMs: number;
  countdownMs: number;
  attractStepMs: number;
}

/** Parameters this module reads; the URL sync must leave them alone. */
export const kioskParamNames = ['idle', 'countdown', 'attract'] as const;

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
 * Read once, when the app starts: the URL sync later rewrites the address bar, but the kiosk must return to
 * exactly the link it was started with (its timings included), however often it restarts.
 */
export const kioskLaunch = typeof window === 'undefined' ? undefined : readKioskParams(window.location.search);
export const kioskLaunchUrl = typeof window === 'undefined' ? '' : window.location.href;
