/**
 * The app's Content-Security-Policy, defined once. The build writes it into index.html as a `<meta>`
 * (scripts/csp-plugin.ts), `npm start` and the browser tests' server also send it as a header, and the README
 * shows the header for other servers (a test keeps that copy equal to this one).
 *
 * Every directive is as tight as the app works with; why each source is there:
 */
const directives = {
  // Anything not named below: the app's own origin only.
  'default-src': ["'self'"],
  // The built bundle and its chunks, all files of the app's origin; the build emits no inline script
  // (the service worker is registered from the bundle, not by an injected snippet), so nothing is hashed.
  'script-src': ["'self'"],
  // The app's own stylesheets. No 'unsafe-inline': React and MapLibre set element styles through the
  // CSSOM (element.style), which style-src does not govern, and the app adds no <style> element and no
  // style="" attribute. html-to-image builds the brief's PNG from a detached copy of the page that is
  // drawn as an image, where this policy does not apply.
  'style-src': ["'self'"],
  // data: — the map picture and QR code of the exports and briefs, and the brief drawn as an SVG image;
  // blob: — images MapLibre decodes from fetched bytes.
  'img-src': ["'self'", 'data:', 'blob:'],
  // Catalog, GeoJSON and the other data files; MapLibre fetches its sources from here too.
  'connect-src': ["'self'"],
  // MapLibre's worker is a file of the build (maplibre-gl-worker-*.mjs) and the offline cache is /sw.js:
  // both same-origin, so no blob: worker is allowed. child-src is the fallback of browsers without worker-src.
  'worker-src': ["'self'"],
  'child-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The app has no form; nothing may post the page anywhere.
  'form-action': ["'none'"],
};

/**
 * Only a header can say who may frame the page (a `<meta>` policy ignores frame-ancestors, and Chromium logs
 * an error for it). The app's own origin only: a portal that embeds the map adds its origin here.
 */
const headerOnly = { 'frame-ancestors': ["'self'"] };

export interface PolicyOptions {
  /** VITE_ONLINE_BASEMAP_URL, when the optional online raster base map is configured. */
  onlineBaseMapUrl?: string;
}

/**
 * The origin of an XYZ template, as a CSP host source: `https://tile.example.org/{z}/{x}/{y}.png` →
 * `https://tile.example.org`; a placeholder in the host name (`https://{s}.tile.example.org/…`) becomes
 * the wildcard label CSP allows (`https://*.tile.example.org`).
 */
export function tileHostSource(template: string): string {
  const match = /^(https?:\/\/)([^/?#]+)/i.exec(template.trim());
  if (!match) throw new Error(`VITE_ONLINE_BASEMAP_URL is not an http(s) URL: ${template}`);
  const host = match[2]!.replace(/^\{[^}]*\}(?=\.)/, '*');
  if (/[{}\s;,']/.test(host)) throw new Error(`VITE_ONLINE_BASEMAP_URL has a host CSP cannot name: ${template}`);
  return `${match[1]!.toLowerCase()}${host.toLowerCase()}`;
}

function serialize(entries: Record<string, string[]>): string {
  return Object.entries(entries)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function withBaseMap(options: PolicyOptions): Record<string, string[]> {
  if (!options.onlineBaseMapUrl) return { ...directives };
  const host = tileHostSource(options.onlineBaseMapUrl);
  // MapLibre fetches the tiles (connect-src) and draws them as images (img-src).
  return { ...directives, 'img-src': [...directives['img-src'], host], 'connect-src': [...directives['connect-src'], host] };
}

/** The policy for the page's `<meta http-equiv="Content-Security-Policy">`. */
export const metaPolicy = (options: PolicyOptions = {}): string => serialize(withBaseMap(options));

/** The same policy as a response header, with what only a header can carry. */
export const headerPolicy = (options: PolicyOptions = {}): string => serialize({ ...withBaseMap(options), ...headerOnly });
