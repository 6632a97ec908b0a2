import fc from 'fast-check';

/**
 * Query strings as a careless hand, a broken QR scanner, a truncating chat app or an attacker would write
 * them, for the URL parser's unit test and the browser's link test. Seeded by the caller (fast-check),
 * so every run draws the same links and a failure names the one that broke.
 */

/** The seed of the suite's draws; change it to explore, keep it to reproduce. */
export const fuzzSeed = 20_261_301;

/** Every parameter the app reads (`linkParams` in src/state/url.ts; its fuzz test keeps the two equal). */
export const knownKeys = ['plans', 'zone', 'industry', 'family', 'compare', 'panel', 'lang', 'view', 'mode', 'tour', 'step', 'idle', 'countdown', 'attract'];

/** Ids the catalog really has, so that some links reach deep into the app instead of stopping at the gate. */
export interface FuzzIds {
  plans: string[];
  zones: string[];
  industries: string[];
  families: string[];
  tours: string[];
}

export const scriptFragments = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  "';alert(1);//",
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '${7*7}',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<svg/onload=alert(1)>',
];

export const brokenEncodings = ['%', '%%', '%E4%B8', '%ZZ', '%u4E2D', '%0', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '+%2B+', '%25'];

export const outOfRangeNumbers = [
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '-0', '0x10', '1e-400', '9007199254740993', '99999999999999999999',
  '120.6,31.3,99', '500,31,10', '120.6,-91,10', '120.6,31.3,-1', '120.6,31.3', '120.6,31.3,10,4', ',,', '1,2,NaN',
  ' 120.6 , 31.3 , 10 ', '120.6;31.3;10', '-5', '0', '86401', '1e6', '3.999999999', '0.0001',
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** Values of every sort the parser must survive. */
function valueArbitrary(ids: FuzzIds): fc.Arbitrary<string> {
  const anyId = pick([...ids.plans, ...ids.zones, ...ids.industries, ...ids.families, ...ids.tours]);
  return fc.oneof(
    { weight: 4, arbitrary: anyId },
    { weight: 2, arbitrary: fc.array(anyId, { minLength: 0, maxLength: 6 }).map((list) => list.join(',')) },
    { weight: 1, arbitrary: pick(['zh', 'en', 'fr', 'ZH', 'present', 'kiosk', 'explore', 'zone', 'lens', 'matrix', 'compare', 'list', 'index']) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9-]{0,24}$/) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 2000, maxLength: 6000 }) },
    { weight: 1, arbitrary: fc.tuple(anyId, fc.integer({ min: 200, max: 2000 })).map(([id, n]) => `${id},`.repeat(n)) },
    { weight: 2, arbitrary: pick(brokenEncodings) },
    { weight: 2, arbitrary: pick(scriptFragments) },
    { weight: 2, arbitrary: pick(outOfRangeNumbers) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.tuple(fc.double(), fc.double(), fc.double()).map((n) => n.join(',')) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

/** Keys: the app's own, their near misses, and strangers. */
const keyArbitrary = fc.oneof(
  { weight: 6, arbitrary: pick(knownKeys) },
  { weight: 1, arbitrary: pick(['Zone', 'LANG', 'plans[]', 'zone ', ' view', 'view.', 'plan', 'zones', '']) },
  { weight: 1, arbitrary: pick(scriptFragments) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
);

/** A camera near and beyond the edges of what the parser accepts: lng ±180, lat ±85, zoom 0–22. */
const cameraArbitrary = fc
  .tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -100, max: 100 }), fc.double({ min: -5, max: 30 }))
  .map((n) => n.map((x) => Number(x.toFixed(3))).join(','));

/** A key with a value of the kind it takes, often just out of bounds: the links that get furthest. */
function pairOfKind(ids: FuzzIds): fc.Arbitrary<[string, string]> {
  const idList = (list: string[]) => fc.array(fc.oneof(pick(list), fc.constant('no-such-id')), { maxLength: 4 }).map((l) => l.join(','));
  return fc.oneof(
    fc.tuple(fc.constant('view'), cameraArbitrary),
    fc.tuple(fc.constant('plans'), idList(ids.plans)),
    fc.tuple(fc.constant('compare'), idList(ids.zones)),
    fc.tuple(pick(['zone', 'industry', 'family', 'tour']), pick([...ids.zones, ...ids.industries, ...ids.families, ...ids.tours, 'no-such-id'])),
    fc.tuple(pick(['idle', 'countdown', 'attract', 'step']), fc.oneof(fc.double().map(String), pick(outOfRangeNumbers), fc.integer({ min: -5, max: 100 }).map(String))),
    fc.tuple(fc.constant('mode'), pick(['present', 'kiosk', 'explore', 'Present', ''])),
  );
}

/** One parameter as it may appear in a query: encoded, raw, without `=`, or with more than one. */
function paramArbitrary(ids: FuzzIds): fc.Arbitrary<string> {
  const pair = fc.oneof({ weight: 2, arbitrary: fc.tuple(keyArbitrary, valueArbitrary(ids)) }, { weight: 1, arbitrary: pairOfKind(ids) });
  return fc.tuple(pair, fc.integer({ min: 0, max: 9 })).map(([[key, value], form]) => {
    if (form === 0) return key;
    if (form === 1) return `${key}=${value}=${value}`;
    if (form <= 4) return `${key}=${value}`;
    return `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  });
}

/** A whole query string, `?` and all (or not), with repeated keys, empty parts and odd separators. */
export function queryArbitrary(ids: FuzzIds): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(paramArbitrary(ids), { minLength: 0, maxLength: 8 }),
      pick(['&', '&', '&', '&&', ';', '&amp;']),
      pick(['?', '?', '?', '', '??', '?&']),
      fc.option(pick(['#', '#zone=wz-east', '#%', '#<script>']), { freq: 8 }),
    )
    .map(([params, separator, lead, hash]) => `${lead}${params.join(separator)}${hash ?? ''}`);
}
