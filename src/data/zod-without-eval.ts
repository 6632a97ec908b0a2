import { config } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

// Zod compiles faster object parsers with `new Function` where a page allows it, and finds out by trying
// when a schema is defined. The app's Content-Security-Policy has no 'unsafe-eval', so that try is refused
// and reported as a violation on every load; told not to try, zod parses the catalog as fast in practice.
// The small build's schemas (tours, search keys, code names) word their messages only with a locale given (the
// full build gives English itself). Imported first by every module that defines a schema, so it runs before any
// schema is defined, in whichever chunk comes first; the first view itself carries no zod (its index has its
// own check, `first-view-check.ts`).
config({ jitless: true, ...en() });
