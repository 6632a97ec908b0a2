import { settings } from '../../config/env';

/** Parameters that put a screen into a mode (kiosk, presentation tour); a phone should open the plain view. */
const screenOnlyParams = ['mode', 'tour', 'step'];

/**
 * The link a QR code carries: the public site (a kiosk's own address is unreachable from a phone) with the
 * current view's query string, which the app keeps in step with the store.
 */
export function shareUrl(search: string, base: string | undefined = settings.publicBaseUrl, here: Location = window.location): string {
  const params = new URLSearchParams(search);
  for (const key of screenOnlyParams) params.delete(key);
  const query = params.toString().replaceAll('%2C', ',');
  const root = base ?? `${here.origin}${here.pathname}`;
  const url = new URL(root, here.href);
  url.search = query;
  url.hash = '';
  return url.href;
}
