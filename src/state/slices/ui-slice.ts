import type { StateCreator } from 'zustand';
import type { Locale } from '../../config/locale';
import type { AppState } from '../store';

export type Panel = 'zone' | 'lens' | 'matrix' | 'compare' | 'list' | 'targets';

export interface Notice {
  id: number;
  text: string;
}

export interface UiSlice {
  locale: Locale;
  panel: Panel;
  /** The plan whose plan-wide targets the targets panel shows; unset → the selected zone's plan, else the first. */
  targetsPlanId?: string;
  /** Non-blocking messages, e.g. a link parameter that was ignored. */
  notices: Notice[];
  /**
   * Counts visitors: a kiosk reset starts a new visit, and what a visitor typed (kept in components' own
   * state, such as the search box's text) is keyed to it so that it goes with them.
   */
  visit: number;
  localeChosen: (locale: Locale) => void;
  panelOpened: (panel: Panel) => void;
  planTargetsOpened: (planId: string) => void;
  noticeShown: (text: string) => void;
  noticeDismissed: (id: number) => void;
  visitEnded: () => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  locale: 'zh',
  panel: 'zone',
  notices: [],
  visit: 0,
  localeChosen: (locale) => set({ locale }),
  panelOpened: (panel) => set({ panel }),
  planTargetsOpened: (planId) => set({ panel: 'targets', targetsPlanId: planId }),
  noticeShown: (text) => set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, text }] })),
  noticeDismissed: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  visitEnded: () => set((state) => ({ visit: state.visit + 1 })),
});
