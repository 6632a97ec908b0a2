import { useCallback, useEffect, useLayoutEffect } from 'react';
import { kioskType } from '../config/kiosk';
import { AttractOverlay } from '../features/kiosk/attract-overlay';
import { startAttractLoop } from '../features/kiosk/attract-loop';
import { CountdownOverlay } from '../features/kiosk/countdown-overlay';
import { KioskHeader } from '../features/kiosk/kiosk-header';
import { KioskLegend } from '../features/kiosk/kiosk-legend';
import { KioskPanel } from '../features/kiosk/kiosk-panel';
import { kioskLaunchUrl } from '../features/kiosk/kiosk-params';
import { trackKioskScale } from '../features/kiosk/kiosk-scale';
import { PlanSwitcher } from '../features/kiosk/plan-switcher';
import type { KioskSettings } from '../state/url';
import { installTouchGuards } from '../features/kiosk/touch-guards';
import { useKioskCycle } from '../features/kiosk/use-kiosk-cycle';
import { useKioskPlans } from '../features/kiosk/use-kiosk-plans';
import '../features/kiosk/kiosk.css';
import '../features/kiosk/kiosk-layout.css';
import '../features/kiosk/visitor-card.css';
import { smallestLabelPx } from '../map/layers/label-text';
import { useAppStore } from '../state/store';
import { kioskReset } from './kiosk-reset';

/**
 * The unattended exhibition kiosk, laid out around the map for a passer-by: title and languages, the plan
 * switcher and key, the visitor card; the attract loop, countdown, return to the start, touch guards and type
 * sized for the screen.
 */
export function Kiosk({ settings }: { settings: KioskSettings }) {
  const reset = useCallback(() => kioskReset(useAppStore, new URL(kioskLaunchUrl || window.location.href).search), []);
  const { phase, secondsLeft, keepExploring } = useKioskCycle(settings, reset);
  const { plans, onScreen } = useKioskPlans();

  // Before the first paint, so the page is never drawn in the planner's layout.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('app--kiosk');
    return () => root.classList.remove('app--kiosk');
  }, []);

  useEffect(() => {
    useAppStore.getState().modeEntered('kiosk');
    // A restart (watchdog, error) may come back on a link carrying the last visitor's view.
    reset();
    // Tours are loaded by the tour engine (features/tour/use-tour-loading.ts), mounted in every mode.
    const { mapLabelsScaled } = useAppStore.getState();
    const cleanups = [
      installTouchGuards(),
      trackKioskScale(window, (scale) => mapLabelsScaled((scale * kioskType.mapLabelPx) / smallestLabelPx)),
      () => mapLabelsScaled(1),
    ];
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [reset]);

  useEffect(() => {
    if (phase !== 'attract') return;
    return startAttractLoop(useAppStore, settings.attractStepMs);
  }, [phase, settings.attractStepMs]);

  return (
    <>
      <KioskHeader />
      <PlanSwitcher plans={plans} onScreen={onScreen} />
      <KioskLegend planId={onScreen} />
      <KioskPanel plans={plans} onScreen={onScreen} />
      {phase === 'attract' && <AttractOverlay />}
      {phase === 'countdown' && <CountdownOverlay secondsLeft={secondsLeft} onKeepExploring={keepExploring} />}
    </>
  );
}
