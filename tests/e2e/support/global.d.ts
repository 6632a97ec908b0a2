import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    __suzhouMap?: Map;
  }
}
