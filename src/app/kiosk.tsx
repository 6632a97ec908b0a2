import { useCallback, useEffect } from 'react';
import { AttractOverlay } from '../features/kiosk/attract-overlay';
import { startAttractLoop } from '../features/kiosk/attract-loop';
import { CountdownOverlay } from '../features/kiosk/countdown-overlay';
import { trackKioskScale } from '../features/kiosk/kiosk-scale';
import { kioskLaunchUrl } from '../features/kiosk/kiosk-params';
import type { KioskSettings } from '../state/url';
import { installTouchGuards } from '../features/kiosk/touch-guards';
import { useKioskCycle } from '../features/kiosk/use-kiosk-cycle';
import '../features/kiosk/kiosk.css';
import { useAppStore } from '../state/store';
import { kioskReset } from './kiosk-reset';

/** The unattended exhibition kiosk: attract loop, countdown, return to the start, touch guards, scaling. */
export function Kiosk({ settings }: { settings: KioskSettings }) {
  const reset = useCallback(() => kioskReset(useAppStore, new URL(kioskLaunchUrl || window.location.href).search), []);
  const { phase, secondsLeft, keepExploring } = useKioskCycle(settings, reset);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('app--kiosk');
    useAppStore.getState().modeEntered('kiosk');
    // A restart (watchdog, error) may come back on a link carrying the last visitor's view.
    reset();
    // Tours are loaded by the tour engine (features/tour/use-tour-loading.ts), mounted in every mode.
    const cleanups = [installTouchGuards(), trackKioskScale()];
    return () => {
      cleanups.forEach((cleanup) => cleanup());
      root.classList.remove('app--kiosk');
    };
  }, [reset]);

  useEffect(() => {
    if (phase !== 'attract') return;
    return startAttractLoop(useAppStore, settings.tourId, settings.attractStepMs);
  }, [phase, settings.tourId, settings.attractStepMs]);

  if (phase === 'attract') return <AttractOverlay />;
  if (phase === 'countdown') return <CountdownOverlay secondsLeft={secondsLeft} onKeepExploring={keepExploring} />;
  return null;
}
