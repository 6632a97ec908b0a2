/** The app's two languages; the store keeps one of them, i18n has the words. */
export type Locale = 'zh' | 'en';
export const locales: Locale[] = ['zh', 'en'];
