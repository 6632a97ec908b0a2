
/** A data file the app could not use: which file, and what is wrong with it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** Any zod build's error (the full schema's, or the small build's the first view uses). */
export interface SchemaError {
  issues: { path: PropertyKey[]; message: string }[];
}

/** The first `limit` problems of a failed schema parse, each naming the field: `plans.0.level: …`. */
export const schemaProblems = (error: SchemaError, limit: number): string[] =>
  error.issues.slice(0, limit).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);

/**
 * Fetches a JSON data file. A network failure, an HTTP error or a body that is not JSON becomes the error
 * `fail` makes from the problem, so the caller's message names the file either way.
 */
export async function fetchDataFile(url: string, fail: (problems: string[]) => DataFileError): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw fail([`could not be fetched: ${(error as Error).message}`]);
  }
  if (!response.ok) throw fail([`HTTP ${response.status}`]);
  try {
    return await response.json();
  } catch {
    throw fail(['not valid JSON']);
  }
}
