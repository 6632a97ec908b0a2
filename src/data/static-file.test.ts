// @vitest-environment jsdom
import { onDataFileProblem } from './data-file-problems';
import { staticFile } from './static-file';

afterEach(() => vi.unstubAllGlobals());

/** A fetch answered only when the test says, with this body or a failure. */
function heldFetch() {
  let answer: (response: Response | Error) => void = () => {};
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>((resolve, reject) => (answer = (r) => (r instanceof Error ? reject(r) : resolve(r))))),
  );
  return (response: Response | Error) => answer(response);
}

describe('staticFile', () => {
  it('says it is loading from the first load() until the file is in, and tells its readers at both ends', async () => {
    const answer = heldFetch();
    const file = staticFile('data/x.json', (json) => json as { a: number });
    const heard = vi.fn();
    file.subscribe(heard);
    expect(file.loading()).toBe(false);
    file.load();
    file.load();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(file.loading()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    answer(new Response('{"a":1}'));
    await vi.waitFor(() => expect(file.loading()).toBe(false));
    expect(file.get()).toEqual({ a: 1 });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('stops loading when the file cannot be fetched, names it, and tries again on the next load()', async () => {
    const answer = heldFetch();
    const problems: string[] = [];
    const stop = onDataFileProblem((problem) => problems.push(problem.file));
    const file = staticFile('data/x.json', (json) => json);
    file.load();
    answer(new TypeError('offline'));
    await vi.waitFor(() => expect(file.loading()).toBe(false));
    expect(file.get()).toBeUndefined();
    expect(problems).toEqual(['data/x.json']);
    file.load();
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });
});
