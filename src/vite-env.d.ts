/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_REVIEW_NUMBER?: string;
  readonly VITE_ONLINE_BASEMAP_URL?: string;
  readonly VITE_ONLINE_BASEMAP_ATTRIBUTION?: string;
  readonly VITE_PUBLIC_BASE_URL?: string;
}
