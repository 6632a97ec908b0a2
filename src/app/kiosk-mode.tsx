import { lazy, Suspense, useEffect } from 'react';
import { kioskLaunch } from '../features/kiosk/kiosk-params';
import type { KioskSettings } from '../state/url';
import { useAppStore } from '../state/store';
import { registerOfflineCache } from './kiosk-offline';

// Fetched only with `?mode=kiosk`: no other visitor downloads the kiosk.
const Kiosk = lazy(() => import('./kiosk').then((module) => ({ default: module.Kiosk })));

/**
 * Mounted once by the app. In every mode it registers the offline cache once the map is drawn; with
 * `?mode=kiosk` it also runs the unattended exhibition kiosk.
 */
export function KioskMode({ settings = kioskLaunch }: { settings?: KioskSettings }) {
  const mapStatus = useAppStore((s) => s.mapStatus);
  const catalogStatus = useAppStore((s) => s.catalog.status);
  useEffect(() => {
    if (mapStatus === 'ready' || mapStatus === 'unsupported' || catalogStatus === 'error') registerOfflineCache();
  }, [mapStatus, catalogStatus]);
  return settings ? (
    <Suspense fallback={null}>
      <Kiosk settings={settings} />
    </Suspense>
  ) : null;
}
