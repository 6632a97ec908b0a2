import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { bindMapToStore } from './bind-map-to-store';
import { createMap } from './create-map';
import { webglSupported } from './webgl-support';

declare global {
  interface Window {
    /** The live map, for the browser tests and the benchmark. */
    __suzhouMap?: import('maplibre-gl').Map;
  }
}

/** Owns the MapLibre map: created once, removed on unmount, never kept in React state or the store. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const { mapStatusChanged, locale, mapLabelScale, camera, mapInsets } = useAppStore.getState();
    if (!containerRef.current) return;
    if (!webglSupported()) {
      mapStatusChanged('unsupported');
      return;
    }
    let map: ReturnType<typeof createMap>;
    try {
      map = createMap({ container: containerRef.current, locale, labelScale: mapLabelScale, camera, insets: mapInsets });
    } catch (error) {
      console.warn('map could not be created', error);
      mapStatusChanged('unsupported');
      return;
    }
    window.__suzhouMap = map;
    const unbind = bindMapToStore(map, useAppStore);
    map.once('load', () => mapStatusChanged('ready'));
    return () => {
      unbind();
      map.remove();
      if (window.__suzhouMap === map) delete window.__suzhouMap;
    };
  }, []);

  return <div ref={containerRef} className="map-view" data-testid="map" />;
}
