// @vitest-environment jsdom
import { carrierPlaces } from './carrier-places';
import { pointFileLookup } from './point-file-lookup';

const point = (properties: Record<string, unknown>, coordinates: [number, number]) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const file = (...features: unknown[]) => new Response(JSON.stringify({ type: 'FeatureCollection', features }));

afterEach(() => vi.unstubAllGlobals());

describe('pointFileLookup', () => {
  it('fetches its file once for every caller, and again after a failure', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(async () => file(point({ id: 'a' }, [120, 31])));
    vi.stubGlobal('fetch', fetch);
    const ids = pointFileLookup<{ id: string }, string[]>('geojson/x.geojson', (f) => f.features.map((x) => x.properties.id));
    await expect(ids()).rejects.toThrow('offline');
    expect(await Promise.all([ids(), ids()])).toEqual([['a'], ['a']]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says which file answered an HTTP error', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(pointFileLookup('geojson/y.geojson', () => 1)()).rejects.toThrow('geojson/y.geojson: HTTP 404');
  });
});

describe('carrierPlaces', () => {
  it('finds each carrier once, though a carrier of two plans has a point in each', async () => {
    vi.stubGlobal('fetch', async () =>
      file(point({ id: 'hub', planId: 'city' }, [120.62, 31.32]), point({ id: 'hub', planId: 'district' }, [120.62, 31.32]), point({ id: 'park' }, [120.7, 31.25])),
    );
    expect([...(await carrierPlaces())]).toEqual([
      ['hub', [120.62, 31.32]],
      ['park', [120.7, 31.25]],
    ]);
  });
});
