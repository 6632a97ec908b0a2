import { DataFileError, fetchDataFile, schemaProblems } from './fetch-data-file';
import { toursSchema, type Tour } from './tour-schema';

export class ToursLoadError extends DataFileError {}

/** Parses tours at the boundary: a bad file yields problems naming the tour and step, never half a tour. */
export function parseTours(file: string, json: unknown): Tour[] {
  const parsed = toursSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ToursLoadError(file, schemaProblems(parsed.error, 6));
}

export async function loadTours(url: string, file = 'data/tours.json'): Promise<Tour[]> {
  const json = await fetchDataFile(url, (problems) => new ToursLoadError(file, problems));
  return parseTours(file, json);
}
