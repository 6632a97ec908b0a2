import type { DataFileProblem } from '../data/data-file-problems';
import { messages, type Locale } from './messages';

/** The field a problem names, when it starts with one (`features.0.geometry.coordinates.1: Too big …`). */
const fieldOf = (problem: string): string | undefined => /^([\w[\]().-]+): /.exec(problem)?.[1];

/**
 * The notice for a damaged data file. The problems come from the parsers in English (zod's messages,
 * MapLibre's, the checks'), so the Chinese notice names the file and the fields only, never an English phrase.
 */
export function dataFileNotice(locale: Locale, { file, problems }: DataFileProblem): string {
  const lead = `${messages[locale].dataFileUnusable}${file}`;
  if (locale === 'en') return `${lead}: ${problems.join('; ')}`;
  const fields = [...new Set(problems.map(fieldOf).filter((field) => field && field !== '(root)'))];
  return fields.length ? `${lead}（${fields.join('，')}）` : lead;
}
