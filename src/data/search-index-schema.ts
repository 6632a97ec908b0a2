import './zod-without-eval';
import * as z from 'zod/mini';

/**
 * public/data/search-index.json: pinyin keys for every zone, carrier and industry name, computed at build time
 * (npm run data:search) so the browser needs no pinyin dictionary. An industry has one entry per alias too.
 */
export const searchEntrySchema = z.object({
  type: z.enum(['zone', 'carrier', 'industry', 'family']),
  id: z.string().check(z.minLength(1)),
  /** First letter of each syllable; Latin letters and digits kept as they are. */
  initials: z.string(),
  /** Toneless pinyin of the whole name, no spaces. */
  full: z.string(),
});

export const searchIndexSchema = z.object({
  version: z.string().check(z.minLength(1)),
  entries: z.array(searchEntrySchema),
});

export type SearchEntry = z.infer<typeof searchEntrySchema>;
export type SearchIndex = z.infer<typeof searchIndexSchema>;
export type SearchType = SearchEntry['type'];
