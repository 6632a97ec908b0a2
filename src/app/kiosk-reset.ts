import { catalogIndexOf } from '../state/use-catalog';
import type { Store } from '../state/store';
import { applyUrlState } from './url-sync';
import { parseUrl } from '../state/url';

/**
 * Returns the kiosk to where a visitor should find it: nothing selected, no lens, no comparison, the
 * launch link's plans, language and view (by default the default plans, Chinese, all of Suzhou).
 */
export function kioskReset(store: Store, launchSearch: string): void {
  const launch = parseUrl(launchSearch).state;
  const state = store.getState();
  state.tourEnded();
  if (state.catalog.status === 'ready') {
    applyUrlState({ plans: launch.plans }, store, catalogIndexOf(state.catalog.catalog));
  } else {
    state.selectionCleared();
    state.lensCleared();
    state.compareCleared();
    state.panelOpened('zone');
  }
  state.localeChosen(launch.lang ?? 'zh');
  state.cameraRequested(launch.view);
  for (const notice of store.getState().notices) state.noticeDismissed(notice.id);
  state.visitEnded();
  // A field left focused would keep a previous visitor's on-screen keyboard or search open.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}
