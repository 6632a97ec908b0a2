import { Suspense, useLayoutEffect } from 'react';
import { useAppStore } from '../../state/store';
import { useTourLoading } from '../shared/tour/use-tour-loading';
import { deferred } from '../shared/deferred';
import { usePresentSync } from './use-present-sync';

const PresentView = deferred(() => import('./present-view').then((m) => m.PresentView));

/**
 * Mounted once by the app. Loads the tours, opens a `?mode=present` link, and while presenting draws the
 * presentation over the map. The mode is mirrored to `<html data-mode>` so each mode's stylesheet can put
 * away the chrome it does not want (header, layer panel, side panel, search) without touching app code.
 */
export function PresentMode() {
  const mode = useAppStore((s) => s.mode);
  useTourLoading();
  usePresentSync();

  useLayoutEffect(() => {
    document.documentElement.dataset.mode = mode;
    return () => {
      delete document.documentElement.dataset.mode;
    };
  }, [mode]);

  return mode === 'present' ? (
    <Suspense fallback={null}>
      <PresentView />
    </Suspense>
  ) : null;
}
