import { toursSchema, type Tour } from './tour-schema';

export class ToursLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Parses tours at the boundary: a bad file yields problems naming the tour and step, never half a tour. */
export function parseTours(file: string, json: unknown): Tour[] {
  const parsed = toursSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ToursLoadError(
    file,
    parsed.error.issues.slice(0, 6).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

export async function loadTours(url: string, file = 'data/tours.json'): Promise<Tour[]> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ToursLoadError(file, [`could not be fetched: ${(error as Error).message}`]);
  }
  if (!response.ok) throw new ToursLoadError(file, [`HTTP ${response.status}`]);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ToursLoadError(file, ['not valid JSON']);
  }
  return parseTours(file, json);
}
