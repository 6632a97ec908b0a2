import type { StateCreator } from 'zustand';
import type { Locale } from '../../i18n/messages';
import type { AppState } from '../store';

export interface UiSlice {
  locale: Locale;
  localeChosen: (locale: Locale) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  locale: 'zh',
  localeChosen: (locale) => set({ locale }),
});
