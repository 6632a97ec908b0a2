import { DataFileError, fetchDataFile } from './fetch-data-file';

const fail = (problems: string[]) => new DataFileError('data/x.json', problems);

afterEach(() => vi.unstubAllGlobals());

describe('fetchDataFile', () => {
  it('returns the parsed JSON', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"a":1}'));
    expect(await fetchDataFile('/x', fail)).toEqual({ a: 1 });
  });

  it.each([
    ['an HTTP error', async () => new Response('gone', { status: 404 }), 'data/x.json: HTTP 404'],
    ['a body that is not JSON', async () => new Response('<html>'), 'data/x.json: not valid JSON'],
    [
      'a network failure',
      async () => {
        throw new TypeError('Failed to fetch');
      },
      'data/x.json: could not be fetched: Failed to fetch',
    ],
  ])('names the file on %s', async (_, fetchImpl, message) => {
    vi.stubGlobal('fetch', fetchImpl);
    await expect(fetchDataFile('/x', fail)).rejects.toThrow(message);
  });
});
