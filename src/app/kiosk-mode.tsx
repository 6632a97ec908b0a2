import { lazy, Suspense, useEffect } from 'react';
import { kioskLaunch } from '../features/kiosk/kiosk-params';
import type { KioskSettings } from '../state/url';
import { useAppStore } from '../state/store';
import { registerOfflineCache } from './kiosk-offline';

// Fetched only with `?mode=kiosk`: no other visitor downloads the kiosk.
const Kiosk = lazy(() => import('./kiosk').then((module) => ({ default: module.Kiosk })));

/**
 * Mounted once by the app. In every mode it registers the offline cache once the first view is drawn; with
 * `?mode=kiosk` it also runs the unattended exhibition kiosk.
 */
export function KioskMode({ settings = kioskLaunch }: { settings?: KioskSettings }) {
  useEffect(() => registerOfflineCache(useAppStore), []);
  return settings ? (
    <Suspense fallback={null}>
      <Kiosk settings={settings} />
    </Suspense>
  ) : null;
}
