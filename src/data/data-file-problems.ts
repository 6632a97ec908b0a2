/** A data file the app could not use, or used only in part: which file, and what is wrong with it. */
export interface DataFileProblem {
  file: string;
  problems: string[];
}

type Listener = (problem: DataFileProblem) => void;

const reported = new Map<string, DataFileProblem>();
const listeners = new Set<Listener>();

/**
 * Reports a damaged data file, once per file however often it is read. Files are read by different layers
 * (a panel's on-demand file, the map's GeoJSON sources), none of which decides how to tell the user; the app
 * listens here and shows a notice.
 */
export function reportDataFileProblem(file: string, problems: string[]): void {
  if (reported.has(file)) return;
  const problem = { file, problems };
  reported.set(file, problem);
  listeners.forEach((listener) => listener(problem));
}

/** Calls `listener` with every problem reported so far and every one to come; returns the unsubscribe. */
export function onDataFileProblem(listener: Listener): () => void {
  reported.forEach((problem) => listener(problem));
  listeners.add(listener);
  return () => listeners.delete(listener);
}
