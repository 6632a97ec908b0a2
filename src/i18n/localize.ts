import type { Name } from '../data/catalog-schema';
import type { Locale } from './messages';

/** A content name in the chosen language; English falls back to Chinese where no translation exists yet. */
export const localize = (name: Name, locale: Locale): string => (locale === 'en' ? (name.en ?? name.zh) : name.zh);
