import { readKioskParams } from '../../state/url';

/**
 * Read once, when the app starts: the URL sync later rewrites the address bar, but the kiosk must return to
 * exactly the link it was started with (its timings included), however often it restarts.
 */
export const kioskLaunch = typeof window === 'undefined' ? undefined : readKioskParams(window.location.search);
export const kioskLaunchUrl = typeof window === 'undefined' ? '' : window.location.href;
