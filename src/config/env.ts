/** The one reader of import.meta.env: every deployment setting, typed and defaulted. */
const env = import.meta.env;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

export const settings = {
  /** 审图号: the map review number shown in the lower left when an approved base map is used. */
  reviewNumber: text(env.VITE_REVIEW_NUMBER),
  /** Optional online raster base map, an XYZ template; off unless set. */
  onlineBaseMapUrl: text(env.VITE_ONLINE_BASEMAP_URL),
  onlineBaseMapAttribution: text(env.VITE_ONLINE_BASEMAP_ATTRIBUTION) ?? '© OpenStreetMap contributors',
  /**
   * Where a take-away's QR code points: kiosks often run offline, so a phone must be sent to the public site.
   * Unset → the page's own origin and path (see the export feature's shareUrl).
   */
  publicBaseUrl: text(env.VITE_PUBLIC_BASE_URL),
  /** Where the app's files are served from (Vite's base). */
  baseUrl: env.BASE_URL,
} as const;

/** Absolute URL of a file under public/, as MapLibre's workers need. */
export const assetUrl = (path: string): string => new URL(`${settings.baseUrl}${path}`, window.location.href).href;
