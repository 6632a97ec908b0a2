import { kioskDefaults } from '../config/kiosk';
import { kioskLaunch, kioskLaunchUrl } from '../features/kiosk/kiosk-params';

/** Whether this page was started as a kiosk (read from the launch link, so it holds even if the store broke). */
export const isKioskLaunch = (): boolean => kioskLaunch !== undefined;

/**
 * A kiosk has nobody to press "reload": after `delayMs` it starts over from the link it was launched with.
 * Returns the function that cancels the restart, or undefined outside kiosk mode.
 */
export function scheduleKioskRestart(
  delayMs: number = kioskDefaults.errorRestartMs,
  navigate: (url: string) => void = (url) => window.location.replace(url),
): (() => void) | undefined {
  if (!isKioskLaunch()) return undefined;
  const timer = window.setTimeout(() => navigate(kioskLaunchUrl), delayMs);
  return () => window.clearTimeout(timer);
}
