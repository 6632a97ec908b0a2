import fc from 'fast-check';
import { kioskLimits } from '../config/kiosk';
import { fixtureCatalog } from '../test/fixture-catalog';
import { brokenEncodings, fuzzSeed, knownKeys, outOfRangeNumbers, queryArbitrary, scriptFragments, type FuzzIds } from '../test/fuzz-queries';
import { linkParams, parseUrl, readKioskParams, readPresentLink, serializeUrl, withPresentParams, withoutPresentParams } from './url';

const ids: FuzzIds = {
  plans: fixtureCatalog.plans.map((p) => p.id),
  zones: fixtureCatalog.zones.map((z) => z.id),
  industries: fixtureCatalog.industries.map((i) => i.id),
  families: fixtureCatalog.families.map((f) => f.id),
  tours: ['overview'],
};
const queries = queryArbitrary(ids);
const runs = { seed: fuzzSeed, numRuns: 1500 };
const slug = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** The parameters the view's parser leaves to presentation and kiosk mode. */
const othersKeys = new Set<string>([...linkParams.mode, ...linkParams.present, ...linkParams.kiosk]);

describe('the URL parser, on 1,500 seeded random links', () => {
  it('knows every parameter the URL module reads', () => {
    expect([...knownKeys].sort()).toEqual(Object.values(linkParams).flat().sort());
  });

  it('draws every kind of bad link it is meant to', () => {
    const sample = fc.sample(queries, runs);
    const share = (test: (q: string) => boolean) => sample.filter(test).length / sample.length;
    const repeatsKey = (q: string) => {
      const keys = [...new URLSearchParams(q).keys()];
      return new Set(keys).size < keys.length;
    };
    expect(share((q) => knownKeys.some((k) => new URLSearchParams(q).has(k)))).toBeGreaterThan(0.5);
    expect(share((q) => [...new URLSearchParams(q).keys()].some((k) => !knownKeys.includes(k)))).toBeGreaterThan(0.2);
    expect(share(repeatsKey)).toBeGreaterThan(0.1);
    expect(share((q) => /[^\p{ASCII}]/u.test(q))).toBeGreaterThan(0.05);
    expect(share((q) => q.length > 2000)).toBeGreaterThan(0.02);
    expect(share((q) => brokenEncodings.some((e) => q.includes(e)))).toBeGreaterThan(0.05);
    expect(share((q) => scriptFragments.some((e) => q.includes(e) || q.includes(encodeURIComponent(e))))).toBeGreaterThan(0.05);
    expect(share((q) => outOfRangeNumbers.some((e) => q.includes(e) || q.includes(encodeURIComponent(e))))).toBeGreaterThan(0.05);
  });

  it('never throws, and keeps only well-formed values', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const { state } = parseUrl(query);
        for (const id of [...(state.plans ?? []), ...(state.compare ?? []), state.zone, state.industry, state.family]) {
          if (id !== undefined) expect(id).toMatch(slug);
        }
        expect(state.compare?.length ?? 0).toBeLessThanOrEqual(2);
        if (state.lang) expect(['zh', 'en']).toContain(state.lang);
        if (state.panel) expect(['zone', 'lens', 'matrix', 'compare', 'list']).toContain(state.panel);
        if (state.view) {
          const { lng, lat, zoom } = state.view;
          expect([lng, lat, zoom].every(Number.isFinite)).toBe(true);
          expect(Math.abs(lng) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22).toBe(true);
        }
      }),
      runs,
    );
  });

  it('reports every part it does not read, and loses none', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const pairs = [...new URLSearchParams(query)];
        const { ignored } = parseUrl(query);
        // A part read alone sets something or is reported; together, the reports are exactly the parts' own.
        const reportedAlone = pairs.flatMap(([key, value]) => {
          const one = parseUrl(new URLSearchParams([[key, value]]).toString());
          const read = Object.keys(one.state).length > 0;
          expect(read || one.ignored.length === 1 || othersKeys.has(key), `${key}=${value}`).toBe(true);
          return one.ignored;
        });
        expect(ignored).toEqual(reportedAlone);
      }),
      runs,
    );
  });

  it('writes back a link that reads as the same view', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const once = serializeUrl(parseUrl(query).state);
        const again = parseUrl(once);
        expect(again.ignored).toEqual([]);
        expect(serializeUrl(again.state)).toBe(once);
      }),
      runs,
    );
  });

  it('leaves presentation and kiosk settings well-formed or absent', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const kiosk = readKioskParams(query);
        if (kiosk) {
          for (const ms of [kiosk.idleMs, kiosk.countdownMs, kiosk.attractStepMs]) {
            expect(ms).toBeGreaterThanOrEqual(kioskLimits.minSeconds * 1000);
            expect(ms).toBeLessThanOrEqual(kioskLimits.maxSeconds * 1000);
          }
        }
        const present = readPresentLink(query);
        if (present) expect(new URLSearchParams(query).get('mode')).toBe('present');
        const presenting = withPresentParams(query, 'overview', 2);
        expect(readPresentLink(presenting)).toEqual({ tour: 'overview', step: '3' });
        expect(readPresentLink(withoutPresentParams(presenting))).toBeUndefined();
      }),
      runs,
    );
  });
});
